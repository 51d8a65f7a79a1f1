import { useEffect, useState } from 'react';
import { onAuthIdsEvent } from '../api/authids-client';
import type { LoginProgressView } from '../api/view-types';

export type LoginsById = Readonly<Record<string, LoginProgressView>>;

export function isLoginRunning(login: LoginProgressView): boolean {
  return login.phase !== 'succeeded' && login.phase !== 'failed' && login.phase !== 'cancelled';
}

/** Newer news wins, except that a login that has ended never goes back to running (stale snapshots). */
function withLogins(current: LoginsById, logins: readonly LoginProgressView[], onlyNew = false): LoginsById {
  let next: Record<string, LoginProgressView> | undefined;
  for (const login of logins) {
    const known = current[login.loginId];
    if (known && (onlyNew || (!isLoginRunning(known) && isLoginRunning(login)))) continue;
    next ??= { ...current };
    next[login.loginId] = login;
  }
  return next ?? current;
}

/**
 * The latest progress of every login since the window opened. Progress can arrive before
 * `startLogin` answers with its id, so nothing is dropped; both event streams are applied in
 * the order main sent them, and the first loaded state only fills in logins not seen yet.
 */
export function useLoginTracker(initial: readonly LoginProgressView[] | undefined): LoginsById {
  const [logins, setLogins] = useState<LoginsById>(() => withLogins({}, initial ?? [], true));
  useEffect(() => {
    const offProgress = onAuthIdsEvent('loginProgress', (progress) => setLogins((current) => withLogins(current, [progress])));
    const offState = onAuthIdsEvent('stateChanged', (state) => setLogins((current) => withLogins(current, state.logins)));
    return () => {
      offProgress();
      offState();
    };
  }, []);
  // The logins of a fresh state merge in as it arrives (React's "adjust state on a prop change").
  const [seenInitial, setSeenInitial] = useState(initial);
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    if (initial) setLogins((current) => withLogins(current, initial, true));
  }
  return logins;
}
