import type { Health } from '../api/view-types';
import { HEALTH_LABELS } from './health-labels';

const SYMBOLS: Readonly<Record<Health, string>> = {
  healthy: '✓',
  'needs-attention': '!',
  'rate-limited': '‖',
  'needs-reauthorization': '↻',
  revoked: '✕',
  'not-checked': '○',
};

/** Health as words plus a symbol, so it never depends on colour alone. */
export function HealthChip({ health }: { health: Health }) {
  return (
    <span className={`health-chip health-${health}`}>
      <span aria-hidden="true" className="health-symbol">
        {SYMBOLS[health]}
      </span>
      {HEALTH_LABELS[health]}
    </span>
  );
}
