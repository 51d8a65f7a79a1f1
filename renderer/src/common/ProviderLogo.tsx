import type { ProviderId } from '../api/view-types';
import { PROVIDER_BADGES } from './provider-badges';

/** A drawn badge (no remote images); decorative, since the provider's name is always next to it. */
export function ProviderLogo({ provider }: { provider: ProviderId }) {
  const badge = PROVIDER_BADGES[provider];
  return (
    <svg className={`provider-logo provider-${badge.family}`} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect className="provider-logo-shape" width="32" height="32" rx="8" />
      <text className="provider-logo-letters" x="16" y="21" textAnchor="middle">
        {badge.letters}
      </text>
    </svg>
  );
}
