import { useState } from 'react';
import { authids } from '../api/authids-client';
import { useAction } from '../hooks/use-action';

/** A login started by Re-authorize, and the control that started it (Dismiss gives it the focus back). */
export interface StartedReauthorization {
  readonly loginId: string;
  readonly opener: Element | null;
}

/** Re-authorize for one AuthID where it was clicked (a list row, the detail): the login shows there. */
export function useReauthorizeLogin(authIdId: string) {
  const [login, setLogin] = useState<StartedReauthorization | null>(null);
  const start = useAction(async () => {
    // Read before the request: the button clicked has the focus now. A retry keeps the first one.
    const opener = document.activeElement;
    const { loginId } = await authids().reauthorize({ id: authIdId });
    setLogin((current) => ({ loginId, opener: current?.opener ?? opener }));
  });
  return { login, start, dismiss: () => setLogin(null) };
}
