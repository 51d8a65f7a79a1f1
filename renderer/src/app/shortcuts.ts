// macOS uses Cmd where Windows and Linux use Ctrl; the labels and aria-keyshortcuts say which.
const isMac = typeof navigator !== 'undefined' && /Macintosh|Mac OS X/.test(navigator.userAgent);
const MOD_LABEL = isMac ? '⌘' : 'Ctrl+';
const MOD_ARIA = isMac ? 'Meta' : 'Control';

function shortcut(key: string) {
  return { key, label: `${MOD_LABEL}${key.toUpperCase()}`, aria: `${MOD_ARIA}+${key.toUpperCase()}` } as const;
}

export const SHORTCUTS = {
  search: shortcut('f'),
  authorize: shortcut('n'),
  paste: shortcut('v'),
} as const;

/** The platform's command modifier alone (Shift and Alt combinations belong to the system). */
export function isCommandKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}
