/**
 * When an access token runs out. Duplicati's are 15-minute JWTs; the lifetime is read from the
 * token (`exp - iat`) and counted from when the answer arrived, so a clock difference between
 * this computer and Duplicati's does not matter. The signature is Duplicati's business, not ours.
 */
import { z } from 'zod';

const DEFAULT_LIFETIME_MS = 15 * 60 * 1000;
const claims = z.object({ exp: z.number(), iat: z.number() });

export function accessTokenExpiry(token: string, receivedAt: number): number {
  const parsed = claims.safeParse(payloadOf(token));
  const lifetime = parsed.success && parsed.data.exp > parsed.data.iat ? (parsed.data.exp - parsed.data.iat) * 1000 : DEFAULT_LIFETIME_MS;
  return receivedAt + Math.min(lifetime, DEFAULT_LIFETIME_MS);
}

function payloadOf(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
