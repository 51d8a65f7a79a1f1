import { authids, onAuthIdsEvent } from '../api/authids-client';
import { useLiveValue, type LiveValue } from '../hooks/use-live-value';
import type { DuplicatiStateView } from './duplicati-types';

/** The Duplicati connection, its last look at the backups and the Undo list, kept current from main. */
export function useDuplicati(): LiveValue<DuplicatiStateView> {
  return useLiveValue(
    () => authids().getDuplicati(),
    (update) => onAuthIdsEvent('duplicatiChanged', update),
  );
}
