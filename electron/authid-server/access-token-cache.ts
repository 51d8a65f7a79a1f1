import { createHash } from 'node:crypto';
import type { ServerClock } from './clock';
import { ExpiringMap } from './expiring-map';

export interface AccessTokenAnswer {
  readonly access_token: string;
  /** Seconds left. */
  readonly expires: number;
  /** The provider id. */
  readonly type: string;
}

/** A cached token is handed out again only while more than this is left. */
const MIN_REMAINING_MS = 30_000;
/** Cached tokens count as expiring this much before the provider said. */
const SAFETY_MARGIN_S = 10;
const DEFAULT_EXPIRES_IN_S = 3600;

/**
 * Both servers cache access tokens per AuthID, so most refreshes never reach the provider.
 * Keys hold hashes, not secrets. Concurrent refreshes of one AuthID share a single provider
 * call, so a rotating refresh token is never spent twice.
 */
export class AccessTokenCache {
  readonly #tokens: ExpiringMap<{ token: string; type: string }>;
  readonly #inFlight = new Map<string, Promise<AccessTokenAnswer>>();

  constructor(private readonly clock: ServerClock) {
    this.#tokens = new ExpiringMap(clock);
  }

  static key(...parts: string[]): string {
    return createHash('sha256').update(parts.join('\n')).digest('base64url');
  }

  cached(key: string): AccessTokenAnswer | undefined {
    const remaining = this.#tokens.remaining(key);
    const entry = this.#tokens.get(key);
    if (!entry || remaining === undefined || remaining <= MIN_REMAINING_MS) return undefined;
    return { access_token: entry.token, expires: Math.floor(remaining / 1000), type: entry.type };
  }

  /** Runs `refresh` once per key at a time and caches what it gives. */
  fetch(key: string, refresh: () => Promise<{ accessToken: string; expiresIn: number | undefined; type: string }>): Promise<AccessTokenAnswer> {
    const running = this.#inFlight.get(key);
    if (running) return running;
    const run = refresh()
      .then(({ accessToken, expiresIn, type }) => {
        const valid = Math.max(0, Math.floor((expiresIn ?? DEFAULT_EXPIRES_IN_S) - SAFETY_MARGIN_S));
        this.#tokens.set(key, { token: accessToken, type }, valid * 1000);
        return { access_token: accessToken, expires: valid, type };
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, run);
    return run;
  }
}
