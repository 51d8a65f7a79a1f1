/**
 * Duplicati's `UrlEncoding.ParseQueryString`: one leading `?` dropped, then every run of
 * characters other than `=` and `&` is a key, optionally followed by `=` and a value that runs to
 * the next `&` (so `==a=b` is the key `a` with value `b`, and `a==b` has the value `=b`). Keys and
 * values are decoded; keys are collected case-insensitively under their first spelling.
 */
import { ordinalIgnoreCaseKey } from './ordinal-ignore-case';
import { duplicatiUrlDecode, type PercentUEscapes } from './url-decode';

/** One query key, spelled as it first appeared, with every value given for it, in order. */
export interface QueryParameter {
  readonly key: string;
  readonly values: readonly string[];
}

/** A piece of the raw query as written; offsets count from the start of the text given. */
export interface RawText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RawQueryPair {
  readonly key: RawText;
  /** Null for a key without `=`, which Duplicati reads as an empty value. */
  readonly value: RawText | null;
}

const PAIR = /([^=&]+)(?:=([^&]*))?/dg;

/** The pairs of a raw query (the text after the URL's first `?`) exactly as Duplicati finds them. */
export function rawQueryPairs(query: string): RawQueryPair[] {
  const skip = query.startsWith('?') ? 1 : 0;
  return [...query.slice(skip).matchAll(PAIR)].map((match) => {
    const [keyStart = 0, keyEnd = 0] = match.indices?.[1] ?? [];
    const valueAt = match.indices?.[2];
    return {
      key: { start: keyStart + skip, end: keyEnd + skip, text: match[1] ?? '' },
      value: valueAt === undefined ? null : { start: valueAt[0] + skip, end: valueAt[1] + skip, text: match[2] ?? '' },
    };
  });
}

export function parseQueryString(query: string, percentU: PercentUEscapes): QueryParameter[] {
  const byKey = new Map<string, { key: string; values: string[] }>();
  for (const pair of rawQueryPairs(query)) {
    const key = duplicatiUrlDecode(pair.key.text, percentU);
    const value = duplicatiUrlDecode(pair.value?.text ?? '', percentU);
    const folded = ordinalIgnoreCaseKey(key);
    const entry = byKey.get(folded);
    if (entry === undefined) byKey.set(folded, { key, values: [value] });
    else entry.values.push(value);
  }
  return [...byKey.values()];
}

/** What `NameValueCollection[key]` gives: the values joined with a comma. */
export function joinedValue(parameter: QueryParameter): string {
  return parameter.values.join(',');
}
