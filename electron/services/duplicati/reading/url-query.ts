/**
 * Reads and rewrites single query options of a destination URL without touching anything else:
 * every other byte (scheme, host, path, other options, their encoding and order) stays exactly as
 * Duplicati stored it. Option names compare case-insensitively, as Duplicati collects them.
 */
import { duplicatiUrlDecode } from '../../duplicati-reading';

/** Option names and values as Duplicati's query reader decodes them. */
export const duplicatiDecode = (text: string): string => duplicatiUrlDecode(text, 'code-unit');

function splitAtQuery(url: string): { head: string; pieces: string[] } {
  const at = url.indexOf('?');
  return at < 0 ? { head: url, pieces: [] } : { head: url.slice(0, at), pieces: url.slice(at + 1).split('&') };
}

const nameOf = (piece: string): string => duplicatiDecode(piece.split('=', 1)[0] ?? '').toLowerCase();

/** The decoded values of every option called `name` (any spelling). */
export function queryValues(url: string, name: string): string[] {
  return splitAtQuery(url)
    .pieces.filter((piece) => nameOf(piece) === name)
    .map((piece) => duplicatiDecode(piece.includes('=') ? piece.slice(piece.indexOf('=') + 1) : ''));
}

/**
 * Sets every option called `name` to `value` (encoded as Duplicati's UIs do), keeping each key
 * as written; appends the option when the URL has none and `addIfMissing` is set.
 */
export function withQueryValue(url: string, name: string, value: string, addIfMissing: boolean): string {
  const { head, pieces } = splitAtQuery(url);
  const encoded = encodeURIComponent(value);
  let found = false;
  const rewritten = pieces.map((piece) => {
    if (nameOf(piece) !== name) return piece;
    found = true;
    return `${piece.split('=', 1)[0] ?? ''}=${encoded}`;
  });
  if (!found && addIfMissing) rewritten.push(`${name}=${encoded}`);
  return rewritten.length === 0 ? head : `${head}?${rewritten.join('&')}`;
}

/**
 * The value Duplicati's backend sees for a URL option: Duplicati collects repeated keys under the
 * first spelling and backends look up the exact lower-case name, so `AuthID=` hides them all.
 */
export function seenQueryValue(url: string, name: string): string | undefined {
  const pieces = splitAtQuery(url).pieces.filter((piece) => nameOf(piece) === name);
  const first = pieces[0];
  if (first === undefined || duplicatiDecode(first.split('=', 1)[0] ?? '') !== name) return undefined;
  return queryValues(url, name).join(',');
}
