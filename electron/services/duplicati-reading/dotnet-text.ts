/** Small .NET string behaviours Duplicati's backends rely on. */

// Char.IsWhiteSpace: unlike JavaScript's \s it includes U+0085 and excludes U+FEFF.
const WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

function isDotnetWhitespace(char: string): boolean {
  return WHITESPACE.test(char);
}

/** `String.Trim()`. */
export function dotnetTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isDotnetWhitespace(text[start] ?? '')) start += 1;
  while (end > start && isDotnetWhitespace(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

/** `String.TrimStart(chars).TrimEnd(chars)`. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start] ?? '')) start += 1;
  while (end > start && chars.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

/** `Util.AppendDirSeparator(path, "/")`. */
export function appendSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
