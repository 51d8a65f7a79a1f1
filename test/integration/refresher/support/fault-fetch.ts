/**
 * The refresher's network, for the simulation: real fetch to the loopback servers, with a switch
 * for a full outage and per-AuthID injected answers (5xx bursts, 503s). Logs every request with
 * the simulated time and watches that no AuthID is ever refreshed twice at once.
 */
import type { FetchFn } from '../../../../electron/services/server-client';

export interface LoggedRequest {
  /** The AuthID (/refresh) or access token (pCloud) the request carried; '' for "who am I". */
  readonly credential: string;
  readonly path: string;
  readonly at: number;
  /** 0 when the network "failed". */
  readonly status: number;
}

export interface InjectedAnswer {
  readonly status: number;
  readonly reason?: string;
  readonly body?: string;
}

export class FaultFetch {
  outage = false;
  readonly log: LoggedRequest[] = [];
  peakPerCredential = 0;
  private readonly injected = new Map<string, InjectedAnswer[]>();
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** The next answers for this AuthID, instead of the server's. */
  inject(credential: string, ...answers: InjectedAnswer[]): void {
    this.injected.set(credential, [...(this.injected.get(credential) ?? []), ...answers]);
  }

  requests(credential: string, path = '/refresh'): LoggedRequest[] {
    return this.log.filter((r) => r.credential === credential && r.path === path);
  }

  readonly fetch: FetchFn = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const credential = new Headers(init?.headers).get('x-authid') ?? url.searchParams.get('access_token') ?? '';
    const entry = { credential, path: url.pathname, at: this.now() };
    const running = (this.inFlight.get(credential) ?? 0) + 1;
    this.inFlight.set(credential, running);
    if (credential !== '') this.peakPerCredential = Math.max(this.peakPerCredential, running);
    try {
      if (this.outage) {
        this.log.push({ ...entry, status: 0 });
        throw new TypeError('fetch failed', { cause: { code: 'ENETUNREACH' } });
      }
      const injected = this.injected.get(credential)?.shift();
      const response = injected
        ? new Response(injected.body ?? injected.reason ?? '', { status: injected.status, headers: injected.reason ? { 'x-reason': injected.reason } : {} })
        : await globalThis.fetch(input, init);
      this.log.push({ ...entry, status: response.status });
      return response;
    } finally {
      this.inFlight.set(credential, (this.inFlight.get(credential) ?? 1) - 1);
    }
  };
}
