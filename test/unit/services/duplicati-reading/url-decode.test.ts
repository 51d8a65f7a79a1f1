import { describe, expect, it } from 'vitest';
import { duplicatiUrlDecode } from '../../../../electron/services/duplicati-reading';

describe("Duplicati's URL decoding", () => {
  it('reads + as a space and %XX as UTF-8 bytes', () => {
    expect(duplicatiUrlDecode('a+b%2Bc%C3%A4', 'code-unit')).toBe('a b+cä');
  });

  it('keeps one decoder for the whole text: a sequence split by plain text still completes', () => {
    expect(duplicatiUrlDecode('M%C3x%A4', 'code-unit')).toBe('Mxä');
  });

  it('drops a sequence still open at the end and replaces invalid bytes', () => {
    expect(duplicatiUrlDecode('M%C3', 'code-unit')).toBe('M');
    expect(duplicatiUrlDecode('M%FF', 'code-unit')).toBe('M\ufffd');
  });

  it('keeps a % that starts no escape, and decodes only once', () => {
    expect(duplicatiUrlDecode('100%', 'code-unit')).toBe('100%');
    expect(duplicatiUrlDecode('d%zz', 'code-unit')).toBe('d%zz');
    expect(duplicatiUrlDecode('50%2520off', 'code-unit')).toBe('50%20off');
  });

  it('keeps a leading byte-order mark', () => {
    expect(duplicatiUrlDecode('%EF%BB%BFx', 'code-unit')).toBe('\ufeffx');
  });

  it('reads %uXXXX as one UTF-16 unit on master but as two bytes on 2.3 stable', () => {
    expect(duplicatiUrlDecode('abc%u003Adef', 'code-unit')).toBe('abc:def');
    // 0x00 0x3A: a NUL and a colon.
    expect(duplicatiUrlDecode('abc%u003Adef', 'two-bytes')).toBe('abc\0:def');
    // 0x00, then 0xE4, which opens a sequence that never completes and so vanishes.
    expect(duplicatiUrlDecode('M%u00e4ppe', 'two-bytes')).toBe('M\0ppe');
  });
});
