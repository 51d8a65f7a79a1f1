import { authids, onAuthIdsEvent } from '../api/authids-client';
import type { BuiltInServerView } from '../api/view-types';
import { useLiveValue, type LiveValue } from '../hooks/use-live-value';

/** The built-in server's changes (starting, running, a provider's answer) arrive as settings changes. */
export function useBuiltInServer(): LiveValue<BuiltInServerView> {
  return useLiveValue(
    () => authids().getBuiltInServer(),
    (_update, reload) => onAuthIdsEvent('settingsChanged', reload),
  );
}
