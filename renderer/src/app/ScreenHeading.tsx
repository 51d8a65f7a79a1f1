import { useLayoutEffect, useRef, type ReactNode } from 'react';

// The window opens with focus at the top (skip link, then navigation); only later screens move it.
let windowJustOpened = true;

/** Each screen's h1; it takes focus when the user opens the screen, so screen readers start there. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (windowJustOpened) windowJustOpened = false;
    else ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
