import { useMemo } from 'react';
import type { AuthIdView, Health, ProviderId } from '../api/view-types';
import { HEALTH_LABELS, HEALTH_ORDER } from '../common/health-labels';
import { SHORTCUTS } from '../app/shortcuts';
import { filtersWorthShowing, providersIn, type AuthIdFilter } from './filter-authids';
import { SORT_LABELS, type SortOrder } from './sort-authids';

interface AuthIdFiltersProps {
  readonly authIds: readonly AuthIdView[];
  readonly filter: AuthIdFilter;
  readonly onChange: (filter: AuthIdFilter) => void;
  readonly sort: SortOrder;
  readonly onSort: (sort: SortOrder) => void;
}

/** Search and sort from two AuthIDs on; a health or provider filter only where the AuthIDs differ in it. */
export function AuthIdFilters({ authIds, filter, onChange, sort, onSort }: AuthIdFiltersProps) {
  // Both walk the whole list; they change only with it, not with each keystroke.
  const worth = useMemo(() => filtersWorthShowing(authIds), [authIds]);
  const providers = useMemo(() => providersIn(authIds), [authIds]);
  if (!worth.search) return null;
  return (
    <div role="search" className="authid-filters">
      <label className="field authid-search">
        <span className="field-label visually-hidden">Search</span>
        <input
          type="search"
          value={filter.text}
          placeholder={`Search AuthIDs and destinations (${SHORTCUTS.search.label})`}
          title="Matches labels, accounts, providers, servers and saved destinations"
          aria-keyshortcuts={SHORTCUTS.search.aria}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="field authid-sort">
        <span className="field-label visually-hidden">Sort</span>
        <select value={sort} onChange={(event) => onSort(event.target.value as SortOrder)}>
          {Object.entries(SORT_LABELS).map(([order, label]) => (
            <option key={order} value={order}>
              Sort: {label}
            </option>
          ))}
        </select>
      </label>
      {worth.health ? (
        <label className="field">
          <span className="field-label visually-hidden">Health</span>
          <select value={filter.health} onChange={(event) => onChange({ ...filter, health: event.target.value as Health | 'all' })}>
            <option value="all">Any health</option>
            {HEALTH_ORDER.map((health) => (
              <option key={health} value={health}>
                {HEALTH_LABELS[health]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {worth.provider ? (
        <label className="field">
          <span className="field-label visually-hidden">Provider</span>
          <select value={filter.provider} onChange={(event) => onChange({ ...filter, provider: event.target.value as ProviderId | 'all' })}>
            <option value="all">Any provider</option>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
