/**
 * Encoding and decoding of URL parts exactly as far as Duplicati's relaxed URL parser goes:
 * `+` is a space, `%XX` runs are UTF-8 bytes, `%uXXXX` is one UTF-16 unit, and a `%` that starts
 * no valid escape stays as written. Nothing here throws.
 */
// ignoreBOM keeps a leading U+FEFF as text: Duplicati's decoder does not drop it either.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function duplicatiDecode(text: string): string {
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += utf8.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  for (let i = 0; i < text.length; ) {
    const unicode = /^%u([0-9a-fA-F]{4})/.exec(text.slice(i, i + 6));
    const byte = /^%([0-9a-fA-F]{2})/.exec(text.slice(i, i + 3));
    if (unicode?.[1] !== undefined) {
      flush();
      out += String.fromCharCode(parseInt(unicode[1], 16));
      i += 6;
    } else if (byte?.[1] !== undefined) {
      bytes.push(parseInt(byte[1], 16));
      i += 3;
    } else {
      flush();
      out += text[i] === '+' ? ' ' : text[i];
      i += 1;
    }
  }
  flush();
  return out;
}

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

/** Folder paths are written without leading or trailing slashes; inner `//` stays (SharePoint uses it). */
export function normalizeFolderPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
