import { useEffect, useRef, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { UrlPreviewView } from '../api/view-types';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import type { DestinationInput } from './url-options';

export interface UrlPreviewState {
  readonly preview: UrlPreviewView | null;
  readonly error: string | null;
  readonly pending: boolean;
}

const DEBOUNCE_MS = 300;

/**
 * The masked URL main would build, asked for once typing pauses; older answers are dropped.
 * `keychainReference` changes what goes into the URL, so a change asks again.
 */
export function useUrlPreview(id: string, destination: DestinationInput, keychainReference?: string): UrlPreviewState {
  const request = useDebouncedValue(JSON.stringify(destination), DEBOUNCE_MS);
  const [state, setState] = useState<UrlPreviewState>({ preview: null, error: null, pending: true });
  const latest = useRef(0);
  useEffect(() => {
    const mine = ++latest.current;
    const input = JSON.parse(request) as DestinationInput;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- marks the request under way before it starts; deriving it from the answered text is a renderer refactor (issue 14 item 8)
    setState((current) => ({ ...current, pending: true }));
    authids()
      .previewUrl({ id, ...input })
      .then(
        (preview) => {
          if (mine === latest.current) setState({ preview, error: null, pending: false });
        },
        (error: unknown) => {
          if (mine === latest.current) setState({ preview: null, error: errorText(error), pending: false });
        },
      );
  }, [id, request, keychainReference]);
  return state;
}
