import type { ProviderGroupView, ProviderId, ProviderView, ServerView } from '../api/view-types';

/** One provider and the servers that offer it, the recommended one first. */
export interface ProviderChoice {
  readonly provider: ProviderView;
  readonly servers: readonly ServerView[];
}

/**
 * The providers across all servers, once each. Groups arrive in order of preference, so a
 * provider's first server is the recommended one; each group's own order (the catalogue's) is
 * kept, a provider only some servers offer slotting in after its neighbour.
 */
export function providerChoices(groups: readonly ProviderGroupView[]): ProviderChoice[] {
  const order: ProviderId[] = [];
  const byId = new Map<ProviderId, { provider: ProviderView; servers: ServerView[] }>();
  for (const { server, providers } of groups) {
    let after = -1;
    for (const provider of providers) {
      const known = byId.get(provider.id);
      if (known) {
        known.servers.push(server);
        after = order.indexOf(provider.id);
        continue;
      }
      byId.set(provider.id, { provider, servers: [server] });
      after += 1;
      order.splice(after, 0, provider.id);
    }
  }
  return order.flatMap((id) => byId.get(id) ?? []);
}

/** Every word typed appears in the provider's name or note, in any case. */
export function matchesSearch({ provider }: ProviderChoice, query: string): boolean {
  const text = `${provider.name} ${provider.note}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}
