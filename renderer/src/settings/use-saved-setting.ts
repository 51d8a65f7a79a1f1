import { useState } from 'react';
import { useAction } from '../hooks/use-action';

/** A setting that is saved the moment it changes, remembering whether the last save worked. */
export function useSavedSetting<A extends unknown[]>(save: (...args: A) => Promise<void>) {
  const [saved, setSaved] = useState(false);
  const action = useAction(async (...args: A) => {
    setSaved(false);
    await save(...args);
    setSaved(true);
  });
  return { ...action, saved };
}
