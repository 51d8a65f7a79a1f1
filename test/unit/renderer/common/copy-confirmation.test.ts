import { describe, expect, it  } from 'vitest';
import { copyConfirmation } from '../../../../renderer/src/common/copy-confirmation';
import { formatRelative } from '../../../../renderer/src/common/format-time';

const now = new Date('2024-05-01T10:00:00Z');

describe('copyConfirmation', () => {
  it('says when the clipboard will be cleared', () => {
    expect(copyConfirmation('Connection URL', { clearsAt: '2024-05-01T10:00:30Z' }, now)).toMatch(
      /^Connection URL copied\. The clipboard will be cleared at \d{1,2}:\d{2}.* \(in 30 seconds\)\.$/,
    );
  });

  it('says plainly when it will not be cleared', () => {
    expect(copyConfirmation('AuthID', { clearsAt: null }, now)).toBe('AuthID copied. The clipboard will not be cleared automatically.');
  });
});

describe('formatRelative', () => {
  it.each([
    ['2024-05-01T10:00:30Z', 'in 30 seconds'],
    ['2024-05-01T09:58:00Z', '2 minutes ago'],
    ['2024-05-01T12:00:00Z', 'in 2 hours'],
    ['2024-04-30T10:00:00Z', 'yesterday'],
    ['not a date', 'unknown time'],
  ])('%s is %s', (iso, expected) => {
    expect(formatRelative(iso, now)).toBe(expected);
  });
});
