import type { AuthIdView, Health, ProviderId } from '../api/view-types';

export interface AuthIdFilter {
  readonly text: string;
  readonly health: Health | 'all';
  readonly provider: ProviderId | 'all';
}

export const NO_FILTER: AuthIdFilter = { text: '', health: 'all', provider: 'all' };

export function isFiltering(filter: AuthIdFilter): boolean {
  return filter.text.trim() !== '' || filter.health !== 'all' || filter.provider !== 'all';
}

// A view object is replaced, never changed, when its AuthID changes, so its text can be kept: a keystroke then only compares.
const searchTexts = new WeakMap<AuthIdView, string>();

function searchText(authId: AuthIdView): string {
  let text = searchTexts.get(authId);
  if (text === undefined) {
    const destinations = authId.destinations.map((destination) => destination.name);
    text = [authId.label, authId.accountName ?? '', authId.providerName, authId.serverBaseUrl, ...destinations].join('\n').toLowerCase();
    searchTexts.set(authId, text);
  }
  return text;
}

/** Every word of the search must appear in the label, account, provider, server or a saved destination's name. */
export function filterAuthIds(authIds: readonly AuthIdView[], filter: AuthIdFilter): AuthIdView[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return authIds.filter((authId) => {
    if (filter.health !== 'all' && authId.health !== filter.health) return false;
    if (filter.provider !== 'all' && authId.provider !== filter.provider) return false;
    if (words.length === 0) return true;
    const haystack = searchText(authId);
    return words.every((word) => haystack.includes(word));
  });
}

/** A filter is worth showing only when it can tell the AuthIDs apart. */
export function filtersWorthShowing(authIds: readonly AuthIdView[]): { search: boolean; health: boolean; provider: boolean } {
  return {
    search: authIds.length > 1,
    health: new Set(authIds.map((authId) => authId.health)).size > 1,
    provider: new Set(authIds.map((authId) => authId.provider)).size > 1,
  };
}

/** The providers present in the list, for the provider filter. */
export function providersIn(authIds: readonly AuthIdView[]): { id: ProviderId; name: string }[] {
  const seen = new Map<ProviderId, string>();
  for (const authId of authIds) if (!seen.has(authId.provider)) seen.set(authId.provider, authId.providerName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
