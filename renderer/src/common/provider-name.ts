import type { ProviderGroupView } from '../api/view-types';

/** A provider's display name from the catalogue; the id itself until the catalogue is loaded. */
export function providerName(groups: readonly ProviderGroupView[] | undefined, id: string): string {
  for (const group of groups ?? []) for (const provider of group.providers) if (provider.id === id) return provider.name;
  return id;
}
