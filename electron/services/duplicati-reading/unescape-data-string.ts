/**
 * .NET's `Uri.UnescapeDataString`: every `%XX` is decoded, runs of them as UTF-8; bytes that do
 * not form a valid UTF-8 sequence stay escaped as they were written. `+` is not a space here.
 */
const ESCAPE = /%[0-9a-fA-F]{2}/y;

export function unescapeDataString(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; ) {
    const run = escapeRun(text, at);
    if (run.length === 0) {
      out += text[at];
      at += 1;
      continue;
    }
    out += decodeRun(run);
    at += run.length * 3;
  }
  return out;
}

/** The `%XX` escapes in `text` that are not part of a valid UTF-8 sequence, with their offsets. */
export function invalidUtf8Escapes(text: string): { readonly start: number; readonly end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const run = escapeRun(text, at);
    if (run.length === 0) {
      at += 1;
      continue;
    }
    const bytes = run.map((escape) => parseInt(escape.slice(1), 16));
    for (let index = 0; index < bytes.length; ) {
      const length = sequenceLength(bytes, index);
      if (length === 0) found.push({ start: at + index * 3, end: at + index * 3 + 3 });
      index += Math.max(length, 1);
    }
    at += run.length * 3;
  }
  return found;
}

function escapeRun(text: string, start: number): string[] {
  const run: string[] = [];
  for (let at = start; ; at += 3) {
    ESCAPE.lastIndex = at;
    const match = ESCAPE.exec(text);
    if (match === null) return run;
    run.push(match[0]);
  }
}

function decodeRun(run: readonly string[]): string {
  const bytes = run.map((escape) => parseInt(escape.slice(1), 16));
  let out = '';
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes, at);
    if (length === 0) {
      out += run[at];
      at += 1;
    } else {
      out += new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes.slice(at, at + length)));
      at += length;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `at`, or 0 when it is not one. */
function sequenceLength(bytes: readonly number[], at: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (length === 0 || at + length > bytes.length) return 0;
  const second = bytes[at + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let next = at + 2; next < at + length; next += 1) {
    const byte = bytes[next] ?? 0;
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  return length;
}
