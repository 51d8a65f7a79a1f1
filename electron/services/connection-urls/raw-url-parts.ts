/**
 * Splits a destination URL the way Duplicati's relaxed parser does: `scheme://`, a path up to the
 * first `?`, then `&`-separated `key=value` pairs (there is no `#` fragment; it belongs to the value).
 * Keys and values are kept both raw, for lint, and decoded.
 */
import { duplicatiDecode } from './duplicati-url-text';

export interface RawQueryParam {
  readonly rawKey: string;
  readonly rawValue: string;
  /** Decoded key, lower-cased: Duplicati compares option names case-insensitively. */
  readonly name: string;
  /** Decoded key as written. */
  readonly key: string;
  readonly value: string;
}

export interface RawUrlParts {
  readonly scheme: string;
  readonly rawPath: string;
  readonly params: readonly RawQueryParam[];
}

const URL_SHAPE = /^([^:/?]+):\/\/([^?]*)(?:\?([\s\S]*))?$/;

export function splitRawUrl(url: string): RawUrlParts | null {
  const match = URL_SHAPE.exec(url);
  if (match === null) return null;
  const [, scheme = '', rawPath = '', rawQuery = ''] = match;
  return { scheme, rawPath, params: splitQuery(rawQuery) };
}

function splitQuery(rawQuery: string): RawQueryParam[] {
  const params: RawQueryParam[] = [];
  for (const piece of rawQuery.split('&')) {
    const eq = piece.indexOf('=');
    const rawKey = eq < 0 ? piece : piece.slice(0, eq);
    if (rawKey === '') continue; // Duplicati skips pairs without a key
    const rawValue = eq < 0 ? '' : piece.slice(eq + 1);
    const key = duplicatiDecode(rawKey);
    params.push({ rawKey, rawValue, name: key.toLowerCase(), key, value: duplicatiDecode(rawValue) });
  }
  return params;
}

/** The path's parts, each decoded; leading and trailing empty parts dropped, inner ones kept. */
export function decodePathSegments(rawPath: string): string[] {
  const segments = rawPath.split('/').map(duplicatiDecode);
  while (segments.length > 0 && segments[0] === '') segments.shift();
  while (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  return segments;
}
