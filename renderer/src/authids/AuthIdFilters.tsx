import type { AuthIdView, Health, ProviderId } from '../api/view-types';
import { HEALTH_LABELS, HEALTH_ORDER } from '../common/health-labels';
import { providersIn, type AuthIdFilter } from './filter-authids';

interface AuthIdFiltersProps {
  readonly authIds: readonly AuthIdView[];
  readonly filter: AuthIdFilter;
  readonly onChange: (filter: AuthIdFilter) => void;
}

export function AuthIdFilters({ authIds, filter, onChange }: AuthIdFiltersProps) {
  return (
    <div role="search" className="authid-filters">
      <label className="field">
        <span className="field-label">Search</span>
        <input
          type="search"
          value={filter.text}
          placeholder="Label, account, provider or server"
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Health</span>
        <select value={filter.health} onChange={(event) => onChange({ ...filter, health: event.target.value as Health | 'all' })}>
          <option value="all">Any health</option>
          {HEALTH_ORDER.map((health) => (
            <option key={health} value={health}>
              {HEALTH_LABELS[health]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Provider</span>
        <select value={filter.provider} onChange={(event) => onChange({ ...filter, provider: event.target.value as ProviderId | 'all' })}>
          <option value="all">Any provider</option>
          {providersIn(authIds).map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
