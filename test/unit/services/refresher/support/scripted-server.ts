/**
 * A stand-in for AuthID servers behind a FetchFn: answers /refresh per AuthID from a script,
 * optionally held until released, and counts requests and how many ran at once.
 */
import type { FetchFn } from '../../../../../electron/services/server-client';

export interface ScriptedAnswer {
  readonly status: number;
  readonly reason?: string;
  readonly body?: string;
}

export const OK: ScriptedAnswer = { status: 200, body: JSON.stringify({ access_token: 'at-secret-token-value', expires: 3590, type: 'onedrivev2' }) };
export const DOWN = 'network down';

export interface RequestLog {
  readonly authId: string;
  readonly origin: string;
  readonly at: number;
}

export class ScriptedServer {
  answer: (authId: string) => ScriptedAnswer | typeof DOWN = () => OK;
  /** While set, every request waits for it. */
  gate: Promise<void> | undefined;
  readonly requests: RequestLog[] = [];
  peak = 0;
  peakPerOrigin = new Map<string, number>();
  peakPerAuthId = 0;
  private inFlight = 0;
  private readonly perOrigin = new Map<string, number>();
  private readonly perAuthId = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  readonly fetch: FetchFn = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const authId = new Headers(init?.headers).get('x-authid') ?? url.searchParams.get('access_token') ?? '';
    this.requests.push({ authId, origin: url.origin, at: this.now() });
    this.enter(url.origin, authId, 1);
    try {
      await this.gate;
      const answer = this.answer(authId);
      if (answer === DOWN) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      const reason = answer.reason === undefined ? {} : { headers: { 'x-reason': answer.reason } };
      return new Response(answer.body ?? answer.reason ?? '', { status: answer.status, ...reason });
    } finally {
      this.enter(url.origin, authId, -1);
    }
  };

  requestsFor(authId: string): RequestLog[] {
    return this.requests.filter((request) => request.authId === authId);
  }

  private enter(origin: string, authId: string, step: 1 | -1): void {
    this.inFlight += step;
    this.perOrigin.set(origin, (this.perOrigin.get(origin) ?? 0) + step);
    this.perAuthId.set(authId, (this.perAuthId.get(authId) ?? 0) + step);
    this.peak = Math.max(this.peak, this.inFlight);
    this.peakPerOrigin.set(origin, Math.max(this.peakPerOrigin.get(origin) ?? 0, this.perOrigin.get(origin) ?? 0));
    this.peakPerAuthId = Math.max(this.peakPerAuthId, this.perAuthId.get(authId) ?? 0);
  }
}
