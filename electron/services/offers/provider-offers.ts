/**
 * Which providers each configured server really offers, from its index page: probed once per
 * server, again when the configured servers change, and again a while after a probe that got
 * no answer. Until a server has answered, nothing is known and callers fall back to the
 * catalogue.
 */
import type { ProviderId } from '../providers';
import type { ProbeResult } from '../server-client';
import { normalizeBaseUrl, type AuthIdServer } from '../servers';
import { createListenerSet } from '../listeners';
import { systemClock, type Clock } from '../time';

export interface ProviderOffers {
  /** What the server's index offers, or undefined while that is not known. */
  offered(server: AuthIdServer): readonly ProviderId[] | undefined;
  /** Probes the servers not known yet (forgetting ones no longer listed); resolves when all have answered or failed. */
  refresh(servers: readonly AuthIdServer[]): Promise<void>;
  /** Called after a probe changed what is known. */
  onChange(listener: () => void): () => void;
}

export interface ProviderOffersDeps {
  readonly probe: (server: AuthIdServer) => Promise<ProbeResult>;
  readonly clock?: Pick<Clock, 'now'>;
  /** After a failed probe, how long before the next `refresh` tries that server again; default 5 minutes. */
  readonly retryAfterMs?: number;
}

type Known = { readonly providers: readonly ProviderId[] } | { readonly failedAt: number };

export function createProviderOffers(deps: ProviderOffersDeps): ProviderOffers {
  const clock = deps.clock ?? systemClock;
  const retryAfterMs = deps.retryAfterMs ?? 5 * 60_000;
  const known = new Map<string, Known>();
  const probing = new Map<string, Promise<void>>();
  const listeners = createListenerSet();

  const due = (key: string): boolean => {
    const entry = known.get(key);
    return entry === undefined || ('failedAt' in entry && clock.now() - entry.failedAt >= retryAfterMs);
  };

  const probeOne = (server: AuthIdServer, key: string): Promise<void> => {
    const running = probing.get(key);
    if (running) return running;
    const work = deps.probe(server).then(
      (result) => {
        const before = known.get(key);
        known.set(key, result.reachable ? { providers: result.providers } : { failedAt: clock.now() });
        const changed = result.reachable && (before === undefined || !('providers' in before) || before.providers.join() !== result.providers.join());
        if (changed) listeners.emit();
      },
      () => void known.set(key, { failedAt: clock.now() }),
    ).finally(() => probing.delete(key));
    probing.set(key, work);
    return work;
  };

  return {
    offered: (server) => {
      const entry = known.get(normalizeBaseUrl(server.baseUrl));
      return entry !== undefined && 'providers' in entry ? entry.providers : undefined;
    },
    refresh: async (servers) => {
      const keys = new Map(servers.map((server) => [normalizeBaseUrl(server.baseUrl), server] as const));
      for (const key of [...known.keys()]) if (!keys.has(key)) known.delete(key);
      await Promise.all([...keys].filter(([key]) => due(key)).map(([key, server]) => probeOne(server, key)));
    },
    onChange: listeners.add,
  };
}
