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

/** The providers depend on the configured servers and on what each offers: reloaded on either change. */
export function useProviderGroups(): LiveValue<readonly ProviderGroupView[]> {
  return useLiveValue(
    () => authids().listProviders(),
    (update, reload) => {
      const stopSettings = onAuthIdsEvent('settingsChanged', reload);
      const stopOffers = onAuthIdsEvent('providersChanged', update);
      return () => {
        stopSettings();
        stopOffers();
      };
    },
  );
}
