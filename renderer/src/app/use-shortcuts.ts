import { useEffect } from 'react';
import type { Navigate } from './screen';
import { isCommandKey, SHORTCUTS } from './shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio');
}

/**
 * Window-wide shortcuts: Ctrl/Cmd+F focuses the screen's search box, Ctrl/Cmd+N opens Authorize,
 * and pasting while the AuthID list is shown (focus not in a text field) opens Paste with the
 * clipboard's text. None of them acts behind an open dialog.
 */
export function useShortcuts(navigate: Navigate, listShown: boolean): void {
  useEffect(() => {
    const dialogOpen = () => document.querySelector('dialog[open]') !== null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommandKey(event) || dialogOpen()) return;
      const key = event.key.toLowerCase();
      if (key === SHORTCUTS.search.key) {
        const search = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (!search) return;
        event.preventDefault();
        search.focus();
        search.select();
      } else if (key === SHORTCUTS.authorize.key) {
        event.preventDefault();
        navigate({ name: 'authorize' });
      }
    };
    // The paste event carries the clipboard's text without asking for clipboard permission.
    const onPaste = (event: ClipboardEvent) => {
      if (!listShown || dialogOpen() || isTextField(event.target)) return;
      const text = event.clipboardData?.getData('text/plain').trim();
      if (!text) return;
      event.preventDefault();
      navigate({ name: 'paste', text });
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('paste', onPaste);
    };
  }, [navigate, listShown]);
}
