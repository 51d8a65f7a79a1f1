import type { EventPayloads } from '../api/view-types';

export type Screen =
  | { readonly name: 'authids' }
  | { readonly name: 'authorize' }
  | { readonly name: 'paste'; readonly text?: string }
  /**
   * `section` scrolls to that section and focuses its heading: storage protection (the storage
   * warning's button), the built-in server (its line in the tray).
   */
  | { readonly name: 'settings'; readonly section?: SettingsSection }
  | { readonly name: 'duplicati' }
  | { readonly name: 'detail'; readonly id: string };

export type SettingsSection = 'storage' | 'built-in-server';

export type Navigate = (screen: Screen) => void;

/** The tray's `navigate` event as a screen; a detail request without an id falls back home. */
export function screenFromEvent(target: EventPayloads['navigate']): Screen {
  if (target.screen === 'detail') return target.id ? { name: 'detail', id: target.id } : { name: 'authids' };
  if (target.screen === 'settings' && target.section !== undefined) return { name: 'settings', section: target.section };
  return { name: target.screen };
}
