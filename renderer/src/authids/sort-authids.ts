import type { AuthIdView } from '../api/view-types';
import { HEALTH_ORDER } from '../common/health-labels';

export type SortOrder = 'problems' | 'label' | 'provider';

export const SORT_LABELS: Readonly<Record<SortOrder, string>> = {
  problems: 'Problems first',
  label: 'Label (A–Z)',
  provider: 'Provider',
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byLabel = (a: AuthIdView, b: AuthIdView) => collator.compare(a.label, b.label);
// A held AuthID gets no checks at all, so it is a problem whatever its last health says.
const rank = (authId: AuthIdView) => (authId.held ? -1 : HEALTH_ORDER.indexOf(authId.health));

const COMPARE: Readonly<Record<SortOrder, (a: AuthIdView, b: AuthIdView) => number>> = {
  problems: (a, b) => rank(a) - rank(b) || byLabel(a, b),
  label: byLabel,
  provider: (a, b) => collator.compare(a.providerName, b.providerName) || byLabel(a, b),
};

export function sortAuthIds(authIds: readonly AuthIdView[], order: SortOrder): AuthIdView[] {
  return [...authIds].sort(COMPARE[order]);
}
