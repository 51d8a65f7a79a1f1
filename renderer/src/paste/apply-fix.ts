import type { TextEditView } from '../api/view-types';

/** The pasted text with a finding's one-click fix applied: its edits were made for exactly this text. */
export function applyFix(text: string, edits: readonly TextEditView[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}
