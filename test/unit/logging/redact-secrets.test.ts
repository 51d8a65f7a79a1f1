import { describe, expect, it } from 'vitest';
import { describeErrorForLog, redactSecrets } from '../../../electron/services/logging/redact-secrets';

describe('redactSecrets', () => {
  it.each([
    ['v1 AuthID', 'failed for 3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3!-_.xYz0123456789Q now', '3f2a9c0b1d4e5f60718293a4b5c6d7:Ab3'],
    ['v2 AuthID', 'token v2:dropbox:sl.AbC+/=zz9 rejected', 'sl.AbC'],
    ['query', 'GET onedrivev2://B?authid=abc%3Adef&x=1', 'abc%3Adef'],
    ['header', 'X-AuthID: 0123456789abcdef:pass-word-1', 'pass-word-1'],
    ['bearer', 'Authorization: Bearer eyJhbGciOi.xyz', 'eyJhbGciOi'],
    ['json', '{"access_token":"at-123","refresh_token":"rt-456"}', 'rt-456'],
    ['export passphrase', '{"path":"/tmp/a.age","passphrase":"violet \\"tundra\\" ledger","passphraseAgain":"violet \\"tundra\\" ledger"}', 'ledger'],
  ])('masks a %s', (_kind, text, secret) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Refresh failed: the server answered 503 (rate limited); next try in 60 minutes.';
    expect(redactSecrets(text)).toBe(text);
  });

  it('describes errors without their secrets', () => {
    const line = describeErrorForLog(new Error('bad authid v2:box.com:R3fr3sh+Tok=='));
    expect(line).toMatch(/^Error: bad authid/);
    expect(line).not.toContain('R3fr3sh');
  });
});
