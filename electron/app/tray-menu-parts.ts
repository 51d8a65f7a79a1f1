/** Small pieces every tray submenu uses: the cap on long lists, hints, and the broken-record suffix. */
import type { TrayMenuItem } from '../services/tray';

/** Longer lists end in "More in AuthID Manager…": a menu is no place to scroll. */
export const MAX_LIST_ENTRIES = 25;

export const SEPARATOR: TrayMenuItem = { kind: 'separator' };
export const BROKEN_SUFFIX = ' · needs re-authorization';

export function capped(entries: readonly TrayMenuItem[]): TrayMenuItem[] {
  if (entries.length <= MAX_LIST_ENTRIES) return [...entries];
  return [
    ...entries.slice(0, MAX_LIST_ENTRIES),
    SEPARATOR,
    { kind: 'normal', label: `${entries.length - MAX_LIST_ENTRIES} more in AuthID Manager…`, enabled: true, action: { type: 'open-manager' } },
  ];
}

/** A greyed-out line that says why a submenu has nothing to pick. */
export function hint(label: string): TrayMenuItem {
  return { kind: 'normal', label, enabled: false };
}
