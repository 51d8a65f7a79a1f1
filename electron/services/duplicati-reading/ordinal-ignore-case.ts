/**
 * A key under which two strings are equal exactly when .NET's `StringComparer.OrdinalIgnoreCase`
 * says so: each character upper-cased on its own (simple case mapping, so `ß` stays `ß`).
 */
export function ordinalIgnoreCaseKey(text: string): string {
  let key = '';
  for (const char of text) {
    const upper = char.toUpperCase();
    // A one-to-many mapping (ß → SS) is a full case mapping, which .NET does not apply.
    key += [...upper].length === 1 ? upper : char;
  }
  return key;
}
