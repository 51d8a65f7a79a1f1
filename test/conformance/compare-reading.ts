/**
 * Compares the module's reading of a URL with Duplicati's, field by field. Nothing is
 * normalised: a folder's trailing slash, an option's case and an error's text must all match.
 */
import type { DuplicatiReading } from '../../electron/services/duplicati-reading';
import type { ExpectedReading } from './conformance-line';

export interface FieldMismatch {
  readonly field: 'authid' | 'oauthUrl' | 'folder' | 'options' | 'error';
  readonly expected: unknown;
  readonly actual: unknown;
}

export function compareReading(expected: ExpectedReading, actual: DuplicatiReading): FieldMismatch[] {
  const fields: FieldMismatch[] = [
    { field: 'authid', expected: expected.authid, actual: actual.authId },
    { field: 'oauthUrl', expected: expected.oauthUrl, actual: actual.refreshUrl.url },
    { field: 'folder', expected: expected.folder, actual: actual.folder },
    { field: 'options', expected: expected.options, actual: actual.options },
    { field: 'error', expected: expected.error, actual: actual.error?.code ?? null },
  ];
  return fields.filter((f) => !same(f.expected, f.actual));
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const left = Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const right = Object.entries(b).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return left.length === right.length && left.every(([key, value], i) => right[i]?.[0] === key && right[i]?.[1] === value);
}
