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

const PAIR = /([^=&]+)(?:=([^&]*))?/g;

export function parseQueryString(query: string, percentU: PercentUEscapes): QueryParameter[] {
  const text = query.startsWith('?') ? query.slice(1) : query;
  const byKey = new Map<string, { key: string; values: string[] }>();
  for (const match of text.matchAll(PAIR)) {
    const key = duplicatiUrlDecode(match[1] ?? '', percentU);
    const value = duplicatiUrlDecode(match[2] ?? '', percentU);
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
