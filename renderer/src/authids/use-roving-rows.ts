import { useState, type FocusEvent, type KeyboardEvent } from 'react';

/** Marks the button that opens a row: the row's one tab stop. */
export const ROW_OPEN_ATTRIBUTE = 'data-row-open';

const NEXT_ROW: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

function rowOf(target: EventTarget): HTMLElement | null {
  return target instanceof HTMLElement ? target.closest<HTMLElement>('[data-row-id]') : null;
}

/** The row's controls in the order Left/Right walks them: the row itself, then its actions. */
function controlsOf(row: HTMLElement): HTMLElement[] {
  const open = row.querySelector<HTMLElement>(`[${ROW_OPEN_ATTRIBUTE}]`);
  const actions = [...row.querySelectorAll<HTMLElement>('button')].filter((button) => button !== open);
  return open ? [open, ...actions] : actions;
}

/**
 * Roving tabindex over a list of rows (WAI-ARIA "grid"-like keys): the list is one tab stop,
 * Up/Down/Home/End move between rows, Left/Right between a row's buttons. The tab stop stays
 * on the row last focused, or the first row when that one is gone.
 */
export function useRovingRows(rowIds: readonly string[]) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const stopId = focusedId !== null && rowIds.includes(focusedId) ? focusedId : rowIds[0];

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const id = rowOf(event.target)?.dataset.rowId;
    if (id !== undefined) setFocusedId(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Typing in the inline rename field keeps its own keys.
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = rowOf(event.target);
    if (!row) return;
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-row-id]')];
    const move = NEXT_ROW[event.key];
    if (move) {
      const next = rows[move(rows.indexOf(row), rows.length)];
      next?.querySelector<HTMLElement>(`[${ROW_OPEN_ATTRIBUTE}]`)?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const controls = controlsOf(row);
      const index = controls.indexOf(event.target as HTMLElement);
      const step = event.key === 'ArrowRight' ? 1 : -1;
      controls[Math.min(Math.max(index + step, 0), controls.length - 1)]?.focus();
      event.preventDefault();
    }
  };

  return { stopId, onFocus, onKeyDown };
}
