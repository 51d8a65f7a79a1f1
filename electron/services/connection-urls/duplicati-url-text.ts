/** Small text helpers for writing and checking URL parts. Nothing here throws. */

/** A `%` that does not start a valid escape; Duplicati keeps it literally. */
export function hasStrayPercent(text: string): boolean {
  return /%(?![0-9a-fA-F]{2}|u[0-9a-fA-F]{4})/.test(text);
}

/**
 * encodeURIComponent, as Duplicati's UIs use it (`:` becomes `%3A`, `+` becomes `%2B`), or null
 * for text it cannot encode (a lone UTF-16 surrogate).
 */
export function encodeComponent(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null;
  }
}
