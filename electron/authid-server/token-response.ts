import { z } from 'zod';

/** The fields the server reads from a provider's token response; everything else is kept as is. */
const tokenResponseSchema = z.looseObject({
  access_token: z.string().optional(),
  refresh_token: z.string().optional(),
  expires_in: z.coerce.number().finite().optional(),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Parses a token response body; undefined when it is not a JSON object. */
export function parseTokenResponse(body: string): TokenResponse | undefined {
  try {
    const parsed = tokenResponseSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The stored response after a refresh: the new one, keeping the old refresh token unless a new one came (rotation). */
export function mergeRefreshed(stored: TokenResponse, refreshed: TokenResponse): TokenResponse {
  return { ...stored, ...refreshed, refresh_token: refreshed.refresh_token ?? stored.refresh_token };
}
