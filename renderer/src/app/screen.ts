import type { EventPayloads } from '../api/view-types';

export type Screen =
  | { readonly name: 'authids' }
  | { readonly name: 'authorize' }
  | { readonly name: 'paste'; readonly text?: string }
  /** `section: 'storage'` scrolls to storage protection and focuses it (the storage warning's button). */
  | { readonly name: 'settings'; readonly section?: 'storage' }
  | { readonly name: 'duplicati' }
  | { readonly name: 'detail'; readonly id: string };

export type Navigate = (screen: Screen) => void;

/** The tray's `navigate` event as a screen; a detail request without an id falls back home. */
export function screenFromEvent(target: EventPayloads['navigate']): Screen {
  if (target.screen === 'detail') return target.id ? { name: 'detail', id: target.id } : { name: 'authids' };
  return { name: target.screen };
}
