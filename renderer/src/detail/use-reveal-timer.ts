import { useEffect, useState } from 'react';

/** How long a revealed AuthID stays on screen, as password managers do. */
export const REVEAL_SECONDS = 30;
const TICK_MS = 1000;

interface Revealed {
  readonly text: string;
  readonly hideAt: number;
}

export interface RevealTimer {
  readonly text: string | null;
  /** Whole seconds until the text hides itself; 0 while hidden. */
  readonly secondsLeft: number;
  readonly show: (text: string) => void;
  readonly hide: () => void;
}

/** Holds a secret on screen for REVEAL_SECONDS, then drops it; reads the time through Date and timers only, so a test clock drives it. */
export function useRevealTimer(): RevealTimer {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (revealed === null) return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      if (at >= revealed.hideAt) setRevealed(null);
      else setNow(at);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [revealed]);

  return {
    text: revealed?.text ?? null,
    secondsLeft: revealed === null ? 0 : Math.max(0, Math.ceil((revealed.hideAt - now) / TICK_MS)),
    show: (text) => {
      const at = Date.now();
      setNow(at);
      setRevealed({ text, hideAt: at + REVEAL_SECONDS * TICK_MS });
    },
    hide: () => setRevealed(null),
  };
}
