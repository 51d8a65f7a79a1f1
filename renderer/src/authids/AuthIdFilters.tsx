import { useMemo } from 'react';
import type { AuthIdView, Health, ProviderId } from '../api/view-types';
import { Field } from '../common/Field';
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
      <Field label="Search" labelHidden className="authid-search">
        {(control) => (
          <input
            {...control}
            type="search"
            value={filter.text}
            placeholder={`Search AuthIDs and destinations (${SHORTCUTS.search.label})`}
            title="Matches labels, accounts, providers, servers and saved destinations"
            aria-keyshortcuts={SHORTCUTS.search.aria}
            onChange={(event) => onChange({ ...filter, text: event.target.value })}
          />
        )}
      </Field>
      <Field label="Sort" labelHidden className="authid-sort">
        {(control) => (
          <select {...control} value={sort} onChange={(event) => onSort(event.target.value as SortOrder)}>
            {Object.entries(SORT_LABELS).map(([order, label]) => (
              <option key={order} value={order}>
                Sort: {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {worth.health ? (
        <Field label="Health" labelHidden>
          {(control) => (
            <select {...control} value={filter.health} onChange={(event) => onChange({ ...filter, health: event.target.value as Health | 'all' })}>
              <option value="all">Any health</option>
              {HEALTH_ORDER.map((health) => (
                <option key={health} value={health}>
                  {HEALTH_LABELS[health]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {worth.provider ? (
        <Field label="Provider" labelHidden>
          {(control) => (
            <select {...control} value={filter.provider} onChange={(event) => onChange({ ...filter, provider: event.target.value as ProviderId | 'all' })}>
              <option value="all">Any provider</option>
              {providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </div>
  );
}
