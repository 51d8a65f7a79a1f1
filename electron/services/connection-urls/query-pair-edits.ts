/** Edits on the raw query: removing a whole `key=value` pair with one of its `&`. */
import type { RawQueryPair } from '../duplicati-reading';
import type { TextEdit } from './lint-finding';

export function removePair(text: string, pair: RawQueryPair): TextEdit {
  const start = pair.key.start;
  const end = pair.value?.end ?? pair.key.end;
  if (text[start - 1] === '&') return { start: start - 1, end, text: '' };
  if (text[end] === '&') return { start, end: end + 1, text: '' };
  return { start, end, text: '' };
}
