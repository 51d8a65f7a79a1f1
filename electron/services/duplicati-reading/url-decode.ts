/**
 * Duplicati's `UrlEncoding.UrlDecode`: `+` is a space, each `%XX` is one byte fed to a single
 * UTF-8 decoder that lives for the whole call (so a sequence may be split by plain text, and a
 * sequence still open at the end is dropped), and a `%` that starts no escape stays as written.
 * `%uXXXX` differs by version: master takes it as one UTF-16 code unit; 2.1 to 2.3.1.0 feed
 * its four hex digits to the byte decoder as two bytes.
 */
export type PercentUEscapes = 'code-unit' | 'two-bytes';

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** The number made of `count` hex digits at `start`, or -1. */
function hexAt(text: string, start: number, count: number): number {
  if (start + count > text.length) return -1;
  let value = 0;
  for (let at = start; at < start + count; at += 1) {
    const digit = hexValue(text.charCodeAt(at));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

export function duplicatiUrlDecode(text: string, percentU: PercentUEscapes): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  // ignoreBOM: Duplicati's decoder keeps a decoded U+FEFF; never flushed, like GetChars(flush: false).
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let bytes: number[] = [];
  let out = '';
  // Bytes in a row go to the decoder together, which a streaming decoder reads as it would one by one.
  const feed = (): void => {
    if (bytes.length > 0) out += decoder.decode(Uint8Array.from(bytes), { stream: true });
    bytes = [];
  };
  for (let at = 0; at < text.length; ) {
    const char = text[at] ?? '';
    const byte = char === '%' ? hexAt(text, at + 1, 2) : -1;
    const unit = char === '%' && byte < 0 && text[at + 1] === 'u' ? hexAt(text, at + 2, 4) : -1;
    if (byte >= 0) {
      bytes.push(byte);
      at += 3;
    } else if (unit >= 0 && percentU === 'two-bytes') {
      bytes.push(unit >> 8, unit & 0xff);
      at += 6;
    } else {
      feed();
      out += unit >= 0 ? String.fromCharCode(unit) : char === '+' ? ' ' : char;
      at += unit >= 0 ? 6 : 1;
    }
  }
  feed();
  return out;
}
