import { authids, onAuthIdsEvent } from '../api/authids-client';
import type { AppStateView, ProviderGroupView, SettingsView } from '../api/view-types';
import { useLiveValue, type LiveValue } from './use-live-value';

export function useAppState(): LiveValue<AppStateView> {
  return useLiveValue(
    () => authids().getState(),
    (update) => onAuthIdsEvent('stateChanged', update),
  );
}

export function useSettings(): LiveValue<SettingsView> {
  return useLiveValue(
    () => authids().getSettings(),
    (update) => onAuthIdsEvent('settingsChanged', update),
  );
}

/** The catalogue depends on the configured servers, so it is reloaded when settings change. */
export function useProviderGroups(): LiveValue<readonly ProviderGroupView[]> {
  return useLiveValue(
    () => authids().listProviders(),
    (_update, reload) => onAuthIdsEvent('settingsChanged', reload),
  );
}
