import { useLayoutEffect, useRef } from 'react';

/**
 * Scrolls a Settings section to the top and focuses its heading (tabIndex -1) each time a new
 * request object arrives: the storage warning's button, the tray's built-in server line.
 */
export function useSectionFocus(request: object | undefined) {
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!request) return;
    heading.current?.focus({ preventScroll: true });
    section.current?.scrollIntoView({ block: 'start' });
  }, [request]);
  return { section, heading };
}
