/**
 * Duplicati's `UrlEncoding.UrlDecode`: `+` is a space, each `%XX` is one byte fed to a single
 * UTF-8 decoder that lives for the whole call (so a sequence may be split by plain text, and a
 * sequence still open at the end is dropped), and a `%` that starts no escape stays as written.
 * `%uXXXX` differs by version: master takes it as one UTF-16 code unit; 2.1 to 2.3.1.0 feed
 * its four hex digits to the byte decoder as two bytes.
 */
export type PercentUEscapes = 'code-unit' | 'two-bytes';

const HEX = /[0-9a-fA-F]/;

function hexAt(text: string, start: number, count: number): string | null {
  const digits = text.slice(start, start + count);
  return digits.length === count && [...digits].every((d) => HEX.test(d)) ? digits : null;
}

export function duplicatiUrlDecode(text: string, percentU: PercentUEscapes): string {
  // ignoreBOM: Duplicati's decoder keeps a decoded U+FEFF; never flushed, like GetChars(flush: false).
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const feed = (bytes: readonly number[]): string => decoder.decode(Uint8Array.from(bytes), { stream: true });
  let out = '';
  for (let i = 0; i < text.length; ) {
    const char = text[i] ?? '';
    const byte = char === '%' ? hexAt(text, i + 1, 2) : null;
    const unit = char === '%' && byte === null && text[i + 1] === 'u' ? hexAt(text, i + 2, 4) : null;
    if (byte !== null) {
      out += feed([parseInt(byte, 16)]);
      i += 3;
    } else if (unit !== null) {
      out += percentU === 'code-unit' ? String.fromCharCode(parseInt(unit, 16)) : feed([parseInt(unit.slice(0, 2), 16), parseInt(unit.slice(2), 16)]);
      i += 6;
    } else {
      out += char === '+' ? ' ' : char;
      i += 1;
    }
  }
  return out;
}
