import { describe, expect, it } from 'vitest';
import { queryValues, seenQueryValue, withQueryValue } from '../../../../../electron/services/duplicati/reading/url-query';
import { maskedUrl } from '../../../../../electron/services/duplicati/views/masked-url';

describe('rewriting one option of a destination URL', () => {
  it('changes only the AuthID and keeps every other byte as stored', () => {
    const url = 'onedrivev2://My%20Backups/Lap+top?AuthID=old%3Aone&fragment-size=10&empty=&authid=old%3Aone';
    expect(withQueryValue(url, 'authid', 'new:two+3', false)).toBe('onedrivev2://My%20Backups/Lap+top?AuthID=new%3Atwo%2B3&fragment-size=10&empty=&authid=new%3Atwo%2B3');
  });

  it('adds the option only when asked, and to a URL without a query', () => {
    expect(withQueryValue('box://Archive', 'oauth-url', 'https://o.example/refresh', false)).toBe('box://Archive');
    expect(withQueryValue('box://Archive', 'oauth-url', 'https://o.example/refresh', true)).toBe('box://Archive?oauth-url=https%3A%2F%2Fo.example%2Frefresh');
  });

  it('reads values as Duplicati decodes them, and sees an option only under its exact lower-case first spelling', () => {
    expect(queryValues('dropbox://x?authid=a%3Ab+c&AUTHID=d', 'authid')).toEqual(['a:b c', 'd']);
    expect(seenQueryValue('dropbox://x?authid=a&AUTHID=d', 'authid')).toBe('a,d');
    expect(seenQueryValue('dropbox://x?AuthID=a&authid=d', 'authid')).toBeUndefined();
    expect(seenQueryValue('dropbox://x', 'authid')).toBeUndefined();
  });

  it('shows the AuthID masked and other secret-looking options as bullets', () => {
    const shown = maskedUrl('pcloud://eapi.pcloud.com/B?authid=abcdefghijklmnopqrstuvwxyz&auth-password=pw&fragment-size=1');
    expect(shown).toBe('pcloud://eapi.pcloud.com/B?authid=••••••••wxyz&auth-password=••••••••&fragment-size=1');
  });
});
