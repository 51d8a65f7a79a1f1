import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAuthId, maskSecret } from '../../../../electron/services/authids/authid-mask';

describe('maskAuthId', () => {
  it('keeps the service of a v2 AuthID and the last 4 characters of its token', () => {
    expect(maskAuthId('v2:dropbox:sl.AbC+/=zz9-_xyzwxyz')).toBe('v2:dropbox:••••••••wxyz');
  });

  it('keeps the start of a v1 key id and the last 4 characters of its password', () => {
    expect(maskAuthId('3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456wxyz')).toBe('3f2a…:••••••••wxyz');
  });

  it('keeps only the last 4 characters of an access token', () => {
    expect(maskAuthId('AbCdEfGhIjKlMnOpwxyz')).toBe('••••••••wxyz');
  });

  it('shows nothing of a short secret', () => {
    expect(maskSecret('short')).toBe('••••••••');
    expect(maskAuthId('abc:def')).toBe('…:••••••••');
    expect(maskAuthId('v2:dropbox:tok')).toBe('v2:dropbox:••••••••');
  });

  it('hides a "service id" that does not look like one', () => {
    expect(maskAuthId('v2:Secret/Stuff+In=Here:tokentokentokentoken')).toBe('••••••••oken');
  });

  it('never reveals more than the last 4 characters of the secret part', () => {
    const token = fc.string({ unit: fc.constantFrom(...'abcdefXYZ0123+/=-_.!'.split('')), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(token, fc.constantFrom('v2:dropbox:', '0123456789abcdef0123456789abcd:', ''), (secret, prefix) => {
        const masked = maskAuthId(`${prefix}${secret}`);
        const shown = masked.slice(masked.lastIndexOf('•') + 1);
        expect(shown.length).toBeLessThanOrEqual(4);
        expect(secret.endsWith(shown)).toBe(true);
        if (secret.length > 4) expect(masked).not.toContain(secret.slice(0, 5));
      }),
      { numRuns: 1000 },
    );
  });
});
