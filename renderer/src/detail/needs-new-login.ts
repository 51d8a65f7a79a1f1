import type { Health } from '../api/view-types';

/** An AuthID in this state works again only after a new login, so Re-authorize is what the user should do next. */
export function needsNewLogin(health: Health): boolean {
  return health === 'needs-reauthorization' || health === 'revoked';
}
