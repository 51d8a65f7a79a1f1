import { authids, onAuthIdsEvent } from '../api/authids-client';
import type { SecretsFileView } from '../api/view-types';
import { useLiveValue, type LiveValue } from '../hooks/use-live-value';

/** The secrets file's status (never its passphrase); sharing an AuthID or not changes the app state, so it asks again then. */
export function useSecretsFile(): LiveValue<SecretsFileView> {
  return useLiveValue(
    () => authids().secretsFileStatus(),
    (_update, reload) => onAuthIdsEvent('stateChanged', reload),
  );
}
