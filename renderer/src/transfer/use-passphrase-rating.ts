import { useEffect, useState } from 'react';
import { authids } from '../api/authids-client';
import type { PassphraseRatingView } from '../api/view-types';
import { useDebouncedValue } from '../hooks/use-debounced-value';

/** Main's rating of the passphrase once typing pauses; null while empty or not rated yet. */
export function usePassphraseRating(passphrase: string): PassphraseRatingView | null {
  const settled = useDebouncedValue(passphrase, 250);
  const [rating, setRating] = useState<{ for: string; value: PassphraseRatingView } | null>(null);
  useEffect(() => {
    if (settled === '') return;
    let current = true;
    authids()
      .ratePassphrase({ passphrase: settled })
      .then((value) => current && setRating({ for: settled, value }))
      // Export itself rates again and says why it refuses; a missing meter is no reason to stop.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [settled]);
  return rating !== null && rating.for === passphrase ? rating.value : null;
}
