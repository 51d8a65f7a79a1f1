import type { AuthIdServer } from '../servers';
import { redactSecrets } from '../logging';

/** Why a call to an AuthID server did not give what was asked for. */
export type ServerFailureKind =
  | 'bad-authid'
  | 'unknown-authid'
  /** Self-hosted 401 `Invalid key or password`: the server does not say which. */
  | 'unknown-authid-or-wrong-password'
  | 'wrong-password'
  | 'storage-not-configured'
  | 'provider-refused'
  | 'rate-limited'
  | 'server-error'
  /** HTTP 500 with no reason at all: the hosted handler's answer to every unexpected failure. */
  | 'server-error-no-reason'
  | 'unreachable'
  | 'timeout'
  | 'oversized-response'
  | 'bad-response'
  | 'cancelled';

/**
 * A failure a caller can act on without parsing text.
 * - `retryable`: the same call later may succeed with no help from the user.
 * - `needsReauthorization`: the user has to log in again for this AuthID to work.
 * Both true means "probably needs a new login, but a transient fault looks the same": retry a
 * few times with backoff, then ask the user. Both false means a setup problem (wrong server
 * address): tell the user to check it.
 */
export interface ServerFailure<K extends string = ServerFailureKind> {
  readonly ok: false;
  readonly kind: K;
  readonly retryable: boolean;
  readonly needsReauthorization: boolean;
  /** For the user: what happened and what to do next. Never holds an AuthID or a token. */
  readonly message: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's own reason text, secrets masked, for a details view or a log. */
  readonly detail?: string;
  /** How long to wait before trying again, when the server said so. */
  readonly retryAfterMs?: number;
}

/**
 * Who makes a failed call again: the app on its own (background checks, refreshes), or only the
 * user (a Test button). The message's advice must match: nothing retries a manual test.
 */
export type RetryBy = 'app' | 'user';

/** Host (and port) of a server for messages; never its user-info part. */
export function serverHost(server: AuthIdServer): string {
  try {
    return new URL(server.baseUrl).host;
  } catch {
    return 'the configured address';
  }
}

const MAX_DETAIL_CHARS = 300;

/** Server text made safe to show: secrets masked, the caller's own secrets removed, length capped. */
export function safeDetail(text: string | undefined, secrets: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  let out = redactSecrets(text);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  out = out.replace(/\s+/g, ' ').trim();
  if (out === '') return undefined;
  return out.length > MAX_DETAIL_CHARS ? `${out.slice(0, MAX_DETAIL_CHARS)}…` : out;
}
