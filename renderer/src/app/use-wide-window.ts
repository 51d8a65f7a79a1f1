import { useSyncExternalStore } from 'react';

/** From this width the AuthID list and the selected AuthID's detail sit side by side. */
const WIDE = '(min-width: 900px)';

// One query for the window's life, its answer kept from its change events: every render asks for
// the snapshot, and a fresh matchMedia() each time cost a style update in the middle of React's work.
let query: MediaQueryList | undefined;
let wide = false;

function wideQuery(): MediaQueryList {
  if (query === undefined) {
    query = window.matchMedia(WIDE);
    wide = query.matches;
    // Added first, so it has run when React's own listener reads the snapshot.
    query.addEventListener('change', (event) => {
      wide = event.matches;
    });
  }
  return query;
}

function subscribe(onChange: () => void): () => void {
  const list = wideQuery();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  wideQuery();
  return wide;
}

export function useWideWindow(): boolean {
  return useSyncExternalStore(subscribe, snapshot);
}
