import type { Health } from '../api/view-types';

export const HEALTH_LABELS: Readonly<Record<Health, string>> = {
  healthy: 'Healthy',
  'needs-attention': 'Needs attention',
  'rate-limited': 'Rate-limited',
  'needs-reauthorization': 'Needs re-authorization',
  revoked: 'Revoked',
  'not-checked': 'Not checked yet',
};

export const HEALTH_ORDER: readonly Health[] = [
  'needs-reauthorization',
  'revoked',
  'needs-attention',
  'rate-limited',
  'not-checked',
  'healthy',
];
