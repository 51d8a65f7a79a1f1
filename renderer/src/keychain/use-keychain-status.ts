import { useEffect, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { KeychainStatusView } from '../api/view-types';

export interface KeychainStatusState {
  readonly status: KeychainStatusView | null;
  readonly error: string | null;
  /** Replaces the status with the answer of an action (turn on, off, repair). */
  readonly update: (status: KeychainStatusView) => void;
}

/**
 * Asks main again whenever `checkedAt` changes: every check (the refresher's or "Check now")
 * also makes sure the store (keychain or secrets file) still holds this AuthID.
 */
export function useKeychainStatus(
  id: string,
  checkedAt: string | undefined,
  request: 'keychainStatus' | 'secretsFileShareStatus' = 'keychainStatus',
): KeychainStatusState {
  const [status, setStatus] = useState<KeychainStatusView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    authids()
      [request]({ id })
      .then(
        (answer) => {
          if (!current) return;
          setStatus(answer);
          setError(null);
        },
        (caught: unknown) => {
          if (current) setError(errorText(caught));
        },
      );
    return () => {
      current = false;
    };
  }, [id, checkedAt, request]);
  return { status, error, update: setStatus };
}
