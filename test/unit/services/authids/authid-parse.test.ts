import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthId, type AuthIdParseResult } from '../../../../electron/services/authids/authid-parse';
import { detectPseudoAuthId } from '../../../../electron/services/authids/pseudo-authid';
import { PROVIDER_IDS } from '../../../../electron/services/providers/provider-id';

const HOSTED_V1 = '3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q';
const SELF_HOSTED_V1 = '0123456789abcdef0123456789abcd:Ab3!-_.xYz0123456789Qwertyuiop12';
const V2 = 'v2:dropbox:sl.AbC+/=zz9-_xyz';

function problemOf(result: AuthIdParseResult): string {
  return result.ok ? 'ok' : result.problem;
}

describe('parseAuthId accepts real AuthIDs', () => {
  it('reads hosted and self-hosted v1 AuthIDs', () => {
    expect(parseAuthId(HOSTED_V1)).toEqual({ ok: true, kind: 'v1', value: HOSTED_V1 });
    expect(parseAuthId(SELF_HOSTED_V1)).toMatchObject({ ok: true, kind: 'v1' });
  });

  it('does not reject a v1 AuthID for an unexpected length', () => {
    expect(parseAuthId('abc:def')).toMatchObject({ ok: true, kind: 'v1' });
    expect(parseAuthId(`${'a'.repeat(40)}:${'B'.repeat(50)}`)).toMatchObject({ ok: true, kind: 'v1' });
  });

  it('reads v2 AuthIDs with + / = in the token and names the provider', () => {
    expect(parseAuthId(V2)).toEqual({ ok: true, kind: 'v2', value: V2, serviceId: 'dropbox', providerHint: 'dropbox' });
    expect(parseAuthId('v2:box.com:a:b')).toMatchObject({ ok: true, kind: 'v2', providerHint: 'box.com' });
    expect(parseAuthId('v2:newservice:tok')).toEqual({ ok: true, kind: 'v2', value: 'v2:newservice:tok', serviceId: 'newservice' });
  });

  it('accepts a colon-less access token only where the provider uses one', () => {
    expect(parseAuthId('ACCESSTOKENabc123', 'pcloud')).toEqual({ ok: true, kind: 'access-token-only', value: 'ACCESSTOKENabc123' });
    expect(parseAuthId('sl.ABCdef-_+/=', 'dropbox')).toMatchObject({ ok: true, kind: 'access-token-only' });
    expect(problemOf(parseAuthId('ACCESSTOKENabc123', 'onedrivev2'))).toBe('missing-colon');
    expect(problemOf(parseAuthId('ACCESSTOKENabc123'))).toBe('missing-colon');
  });

  it('accepts v2 AuthIDs from a sibling provider on the same backend', () => {
    expect(parseAuthId('v2:googledocs:tok', 'googledrive')).toMatchObject({ ok: true, providerHint: 'googledocs' });
    expect(parseAuthId('v2:box:tok', 'box.com')).toMatchObject({ ok: true });
  });
});

describe('parseAuthId explains bad input', () => {
  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    [`${HOSTED_V1}\n`, 'surrounding-whitespace'],
    [` ${HOSTED_V1}`, 'surrounding-whitespace'],
    [`"${HOSTED_V1}"`, 'surrounding-quotes'],
    [`\u201c${HOSTED_V1}\u201d`, 'surrounding-quotes'],
    [`'${HOSTED_V1}`, 'surrounding-quotes'],
    [HOSTED_V1.replace(':', '%3A'), 'percent-encoded'],
    ['v2%3Adropbox%3Aabc', 'percent-encoded'],
    [`${HOSTED_V1},${HOSTED_V1}`, 'joined-by-comma'],
    [`${HOSTED_V1},${SELF_HOSTED_V1}`, 'joined-by-comma'],
    ['v2:dropbox:abc def', 'inner-whitespace'],
    [`${HOSTED_V1}\u200b`, 'invisible-characters'],
    ['https://example.com/refresh', 'is-a-url'],
    ['onedrivev2://Backups?authid=a%3Ab', 'is-a-url'],
    ['3f2a9c0b1d4e5f60718293a4b5c6d7Ab3xYz', 'missing-colon'],
    ['3f2a:', 'malformed-v1'],
    [':password', 'malformed-v1'],
    ['v2:dropbox:', 'malformed-v2'],
    ['v2::token', 'malformed-v2'],
    ['3f2a9c0b:pass/word', 'bad-characters'],
    ['3f/2a:password', 'bad-characters'],
    ['3f2a9c0b:pässword', 'bad-characters'],
    ['x'.repeat(9000), 'too-long'],
  ])('%j -> %s', (input, problem) => {
    const result = parseAuthId(input);
    expect(problemOf(result)).toBe(problem);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
  });

  it('describes which edge has whitespace', () => {
    const result = parseAuthId(`${HOSTED_V1}\n`);
    expect(!result.ok && result.message).toMatch(/line break at the end/);
    const both = parseAuthId(` ${HOSTED_V1}\t`);
    expect(!both.ok && both.message).toMatch(/space at the start and a tab at the end/);
  });

  it('says when the same AuthID was pasted twice', () => {
    const result = parseAuthId(`${V2},${V2}`);
    expect(!result.ok && result.message).toMatch(/same AuthID twice/);
  });

  it('refuses v1 and v2 AuthIDs for pCloud, whose AuthID is the token itself', () => {
    expect(problemOf(parseAuthId(HOSTED_V1, 'pcloud'))).toBe('wrong-kind-for-provider');
    expect(problemOf(parseAuthId('v2:pcloud:abc', 'pcloud'))).toBe('wrong-kind-for-provider');
  });

  it('refuses a v2 AuthID issued for another backend', () => {
    const result = parseAuthId(V2, 'onedrivev2');
    expect(problemOf(result)).toBe('provider-mismatch');
    expect(!result.ok && result.message).toMatch(/Dropbox/);
  });
});

describe('server pseudo-AuthIDs', () => {
  it.each([
    ['Server error, you must de-authorize Duplicati', 'must-deauthorize'],
    ['Server error, close window and try again', 'close-and-retry'],
    ['Error: Invalid CLI token', 'error'],
    ['  "Server error, you must de-authorize Duplicati" ', 'must-deauthorize'],
    ['Server error', 'server-error'],
  ])('recognises %j', (text, kind) => {
    expect(detectPseudoAuthId(text)).toBe(kind);
    expect(problemOf(parseAuthId(text))).toBe('server-pseudo-authid');
  });

  it('does not mistake AuthIDs for failure texts', () => {
    expect(detectPseudoAuthId(HOSTED_V1)).toBeNull();
    expect(detectPseudoAuthId('v2:dropbox:Error:abc')).toBeNull();
  });

  it('gives the provider\'s de-authorize page when the provider is known', () => {
    const result = parseAuthId('Server error, you must de-authorize Duplicati', 'onedrivev2');
    if (result.ok) throw new Error('accepted a pseudo-AuthID');
    expect(result.deauthorizePages?.map((p) => p.url)).toEqual(['https://account.live.com/consent/Manage', 'https://myapps.microsoft.com']);
    expect(result.message).toContain('https://account.live.com/consent/Manage');
    expect(result.message).toMatch(/not saved/);
  });

  it('points to the provider\'s website in general when the provider is unknown', () => {
    const result = parseAuthId('Error: No such user');
    expect(!result.ok && result.message).toMatch(/storage provider's website/);
    expect(!result.ok && result.deauthorizePages).toEqual([]);
  });
});

describe('parseAuthId properties', () => {
  const secretChar = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'.split(''));
  const secret = fc.string({ unit: secretChar, minLength: 16, maxLength: 40 });
  const brokenForm = fc.constantFrom(
    (s: string) => `${s}\n`,
    (s: string) => `"${s}:${s}"`,
    (s: string) => `abcdef0123:${s}%3A`,
    (s: string) => `v2:dropbox:${s},v2:dropbox:${s}`,
    (s: string) => s,
    (s: string) => `${s}:${s}/`,
    (s: string) => `v2:dropbox:${s} x`,
    (s: string) => `Error: ${s}`,
    (s: string) => `${s}:pass\u00e9`,
  );

  it('never puts the secret into a message', () => {
    fc.assert(
      fc.property(secret, brokenForm, fc.constantFrom(undefined, ...PROVIDER_IDS), (s, form, provider) => {
        const result = parseAuthId(form(s), provider);
        if (result.ok) return;
        for (let i = 0; i + 6 <= s.length; i += 1) expect(result.message).not.toContain(s.slice(i, i + 6));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and always answers with a kind or a message', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, ...PROVIDER_IDS), (text, provider) => {
        const result = parseAuthId(text, provider);
        if (result.ok) expect(result.value).toBe(text);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
