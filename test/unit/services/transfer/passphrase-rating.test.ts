// The export passphrase policy: a length floor, then zxcvbn's estimate with its English data.
import { describe, expect, it  } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, ratePassphrase } from '../../../../electron/services/transfer';

describe('refused, with the reason', () => {
  it('empty', async () => {
    expect(await ratePassphrase('')).toMatchObject({ acceptable: false, message: `Type a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.` });
  });

  it('too short, counting characters rather than UTF-16 units', async () => {
    const rating = await ratePassphrase('🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊');
    expect(rating.acceptable).toBe(false);
    expect(rating.message).toBe(`Too short: a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters, and this one has 11.`);
    expect(rating.suggestions.join(' ')).toMatch(/words/);
  });

  it.each([
    ['a common password made longer', 'password1234'],
    ['a keyboard walk', 'qwertyuiop[]'],
    ['repeated characters', 'aaaaaaaaaaaaaaaa'],
    ['a repeated word with a year', 'Summer2024!Summer2024!'],
    ['the obvious words for this file', 'duplicatibackups'],
  ])('%s', async (_case, passphrase) => {
    const rating = await ratePassphrase(passphrase);
    expect(rating.acceptable).toBe(false);
    expect(rating.score).toBeLessThan(4);
    expect(rating.message).toMatch(/^Too easy to guess for a file that holds your AuthIDs\./);
    expect(rating.suggestions.length).toBeGreaterThan(0);
  });

  it('too long', async () => {
    expect((await ratePassphrase('x'.repeat(1025))).message).toBe('Too long: use at most 1024 characters.');
  });
});

describe('accepted', () => {
  it.each(['correct horse battery staple', 'violet-tundra-ledger-marble-oyster', 'Zq7#mW2!pL9$vR4x'])('%s', async (passphrase) => {
    expect(await ratePassphrase(passphrase)).toEqual({
      acceptable: true,
      score: 4,
      message: 'Strong enough: guessing it would take far too long.',
      suggestions: [],
    });
  });
});
