/**
 * The pasted text cut where Duplicati's parser cuts it, with offsets into the text so a fix can
 * say exactly what to change: `scheme://location?query`, the location running to the first `?`
 * and the query split into pairs as Duplicati splits it. Leading and trailing whitespace is left
 * outside.
 */
import { rawQueryPairs, type RawQueryPair, type RawText } from '../duplicati-reading';

export interface RawUrl {
  /** The text that was analysed, whitespace and all. */
  readonly text: string;
  /** The text without surrounding whitespace, and where it starts in `text`. */
  readonly trimmed: RawText;
  readonly scheme: RawText;
  /** Host and path as written: from after `://` to the first `?`. */
  readonly location: RawText;
  /** Offset of the query's first character (after `?`); null when there is no `?`. */
  readonly queryStart: number | null;
  /** Offsets into `text`. */
  readonly pairs: readonly RawQueryPair[];
}

const SCHEME = /^[^:/?\s]+(?=:\/\/)/;

export function splitRawUrl(text: string): RawUrl | null {
  const leading = text.length - text.trimStart().length;
  const body = text.trim();
  const scheme = SCHEME.exec(body)?.[0];
  if (scheme === undefined) return null;
  const locationStart = leading + scheme.length + 3;
  const question = text.indexOf('?', locationStart);
  const bodyEnd = leading + body.length;
  const locationEnd = question < 0 || question >= bodyEnd ? bodyEnd : question;
  const queryStart = locationEnd < bodyEnd ? locationEnd + 1 : null;
  const query = queryStart === null ? '' : text.slice(queryStart, bodyEnd);
  const shift = (piece: RawText): RawText => ({ ...piece, start: piece.start + (queryStart ?? 0), end: piece.end + (queryStart ?? 0) });
  return {
    text,
    trimmed: { start: leading, end: bodyEnd, text: body },
    scheme: { start: leading, end: leading + scheme.length, text: scheme },
    location: { start: locationStart, end: locationEnd, text: text.slice(locationStart, locationEnd) },
    queryStart,
    pairs: rawQueryPairs(query).map((pair) => ({ key: shift(pair.key), value: pair.value === null ? null : shift(pair.value) })),
  };
}
