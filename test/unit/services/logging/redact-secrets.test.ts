import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKnownSecrets } from '../../../../electron/services/logging/known-secrets';
import { describeErrorForLog, redactSecrets } from '../../../../electron/services/logging/redact-secrets';

const PCLOUD = 'Gvua7ZkfVLIZUuCbHR7ZcJVzbR3TJF58fdi5Dxh9G6MGNQwBHsk';
const DROPBOX = `sl.u.AFk3${'xY9_-'.repeat(30)}`;

describe('redactSecrets', () => {
  it.each([
    ['v1 AuthID', 'failed for 3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q now', 'Ab3!-_.xYz0123456789Q'],
    ['v1 AuthID with an upper-case key id', 'failed for 3F2A9C0B1D4E5F60718293A4B5C6D7:Pa55word-9 now', 'Pa55word-9'],
    ['percent-encoded v1 AuthID', 'GET /x?id=3f2a9c0b1d4e5f60718293a4b5c6d7%3APa55word-9', 'Pa55word-9'],
    ['doubly encoded v1 AuthID', 'url=3f2a9c0b1d4e5f60718293a4b5c6d7%253APa55word-9', 'Pa55word-9'],
    ['v2 AuthID', 'token v2:dropbox:sl.AbC+/=zz9 rejected', 'sl.AbC'],
    ['v2 AuthID with a dash in the service id', 'token v2:google-drive:1//0gRefresh-Token_xyz rejected', '0gRefresh'],
    ['percent-encoded v2 AuthID', 'onedrivev2://B?x=v2%3Aonedrivev2%3AM.R3_BAY.refresh%2Btoken', 'M.R3_BAY'],
    ['bare pCloud access token', `check failed with ${PCLOUD} for eapi`, PCLOUD],
    ['bare Dropbox access token', `token ${DROPBOX} expired`, DROPBOX.slice(3, 40)],
    ['query', 'GET onedrivev2://B?authid=abc%3Adef&x=1', 'abc:def'],
    ['header', 'X-AuthID: 0123456789abcdef:pass-word-1', 'pass-word-1'],
    ['bearer', 'Authorization: Bearer eyJhbGciOi.xyz', 'eyJhbGciOi'],
    ['basic credentials', 'Authorization: Basic YWxpY2U6czNjcjN0LXBhc3N3b3Jk', 'YWxpY2U6czNjcjN0LXBhc3N3b3Jk'],
    ['a password in a URL', 'proxy https://alice:s3cr3t-pass@proxy.example:8080 refused', 's3cr3t-pass'],
    ['json', '{"access_token":"at-123","refresh_token":"rt-456"}', 'rt-456'],
    ['export passphrase', '{"path":"/tmp/a.age","passphrase":"violet \\"tundra\\" ledger","passphraseAgain":"violet \\"tundra\\" ledger"}', 'ledger'],
  ])('masks a %s', (_kind, text, secret) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out).toContain('[redacted]');
  });

  it('leaves ordinary text alone, byte for byte', () => {
    for (const text of [
      'Refresh failed: the server answered 503 (rate limited); next try in 60 minutes.',
      'GET /refresh?x=a%20b%0A (request 0123456789abcdef0123456789abcdef, id 5f0c2a3e-8d1b-4c55-9a77-0e4d2b6f1a90)',
      'at check (/work/app/out/main/main.js:3124:9)',
    ]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it('describes errors without their secrets', () => {
    const line = describeErrorForLog(new Error('bad authid v2:box.com:R3fr3sh+Tok=='));
    expect(line).toMatch(/^Error: bad authid/);
    expect(line).not.toContain('R3fr3sh');
  });

  it('scrubs the exact secrets it was told about, raw or encoded, whatever their shape', () => {
    const known = createKnownSecrets();
    const odd = 'weird secret: ümlaut & spaces/=';
    known.remember(odd);
    known.remember('short');
    for (const text of [`x ${odd} y`, `x=${encodeURIComponent(odd)}`, `x=${encodeURIComponent(encodeURIComponent(odd))}`, `x=${encodeURIComponent(odd).toLowerCase()}`]) {
      const out = describeErrorForLog(new Error(text), known);
      expect(out, text).not.toContain('ümlaut');
      expect(out, text).not.toContain('mlaut');
    }
    expect(redactSecrets('a short word', known)).toBe('a short word');
  });
});

// Property: whatever secret of these shapes sits in a log line, however it is encoded and whatever
// ordinary words surround it, the secret part is gone from what is written.
const hex = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${min},${max}}$`));
/** At least one digit, so it cannot be spelled by the surrounding words (which have none). */
const withDigit = (chars: string, min: number, max: number) =>
  fc.tuple(fc.stringMatching(new RegExp(`^[${chars}]{${min},${max}}$`)), fc.integer({ min: 0, max: 9 })).map(([text, digit]) => `${text}${digit}`);

const secrets = fc.oneof(
  fc.tuple(hex(16, 32), withDigit('A-Za-z0-9!._-', 8, 40)).map(([keyId, password]) => ({ text: `${keyId}:${password}`, secret: password })),
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,19}$/), withDigit('A-Za-z0-9._~+/=-', 12, 60))
    .map(([service, token]) => ({ text: `v2:${service}:${token}`, secret: token })),
  fc
    .tuple(fc.stringMatching(/^[a-z]{16,30}$/), fc.stringMatching(/^[A-Z]{8,20}$/), withDigit('A-Za-z0-9', 8, 20))
    .map(([lower, upper, digits]) => {
      const token = `${lower}${upper}${digits}`;
      return { text: token, secret: token };
    }),
  withDigit('A-Za-z0-9_-', 60, 140).map((rest) => ({ text: `sl.${rest}`, secret: rest })),
  fc.tuple(fc.stringMatching(/^[a-z]{3,12}$/), withDigit('A-Za-z0-9!._-', 8, 30)).map(([user, password]) => {
    const basic = Buffer.from(`${user}:${password}`).toString('base64');
    return { text: `Authorization: Basic ${basic}`, secret: basic };
  }),
);
const encodings = fc.constantFrom(
  (text: string) => text,
  (text: string) => encodeURIComponent(text),
  (text: string) => encodeURIComponent(encodeURIComponent(text)),
  (text: string) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
);
const words = fc.array(fc.constantFrom('refresh', 'failed', 'for', 'GET', '/refresh?', 'authid', 'at', '(', ')', '"', ',', ' ', '\n', ':'), { maxLength: 8 });
const separator = fc.constantFrom(' ', '\n', '"', '(', ', ');

describe('redactSecrets, property', () => {
  it('never lets a secret through, in any encoding, among any words', () => {
    fc.assert(
      fc.property(words, separator, secrets, encodings, separator, words, (before, open, { text, secret }, encode, close, after) => {
        const line = `${before.join('')}${open}${encode(text)}${close}${after.join('')}`;
        const out = redactSecrets(line);
        expect(out).not.toContain(secret);
        expect(out).not.toContain(encodeURIComponent(secret));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never lets a known secret through, whatever it is made of', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 40, unit: 'grapheme' }), words, encodings, (secret, around, encode) => {
        fc.pre(!around.join('').includes(secret));
        const known = createKnownSecrets();
        known.remember(secret);
        const out = redactSecrets(`${around.join('')} ${encode(secret)} ${around.join('')}`, known);
        expect(out).not.toContain(secret);
        expect(out).not.toContain(encodeURIComponent(secret));
      }),
      { numRuns: 1_000 },
    );
  });
});
