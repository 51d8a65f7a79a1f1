import { describe, expect, it } from 'vitest';
import { summarizeHealth } from '../../../../electron/services/tray/health-summary';
import { fitLabel } from '../../../../electron/services/tray/menu-label';
import { trayIconFile, trayIconState, trayTooltip } from '../../../../electron/services/tray/tray-appearance';
import { authId, withHealth } from '../../../fixtures/view-builders';

describe('summarizeHealth', () => {
  it.each([
    [[], 'No AuthIDs yet'],
    [[authId('a')], '1 AuthID · healthy'],
    [[authId('a'), authId('b'), authId('c')], '3 AuthIDs · all healthy'],
    [[authId('a'), withHealth('b', 'not-checked')], '2 AuthIDs · 1 not checked yet'],
    [[withHealth('a', 'not-checked'), withHealth('b', 'not-checked')], '2 AuthIDs · not checked yet'],
    [[authId('a'), withHealth('b', 'needs-reauthorization'), authId('c')], '1 of 3 needs re-authorization'],
    [[withHealth('a', 'not-checked'), withHealth('b', 'needs-reauthorization'), authId('c')], '1 of 3 needs re-authorization · 1 not checked yet'],
    [[withHealth('a', 'not-checked'), withHealth('b', 'revoked'), withHealth('c', 'not-checked')], '1 of 3 is revoked · 2 not checked yet'],
    [[withHealth('a', 'needs-reauthorization')], '1 AuthID needs re-authorization'],
    [[withHealth('a', 'needs-attention'), withHealth('b', 'needs-attention')], 'All 2 need attention'],
  ])('%#: %s', (records, expected) => {
    expect(summarizeHealth(records)).toBe(expected);
  });

  it('names problems worst first, counting the total only once', () => {
    const records = [
      withHealth('a', 'rate-limited'),
      withHealth('b', 'needs-attention'),
      withHealth('c', 'revoked'),
      withHealth('d', 'needs-reauthorization'),
      withHealth('e', 'needs-reauthorization'),
      authId('f'),
    ];
    expect(summarizeHealth(records)).toBe('1 of 6 is revoked · 2 need re-authorization · 1 needs attention · 1 is rate-limited');
  });
});

describe('trayTooltip', () => {
  it('names the app above the status line', () => {
    expect(trayTooltip('3 AuthIDs · all healthy')).toBe('AuthID Manager\n3 AuthIDs · all healthy');
    expect(trayTooltip('No AuthIDs yet')).toBe('AuthID Manager\nNo AuthIDs yet');
  });

  it('stays within the 127 characters Windows shows', () => {
    const records = ['revoked', 'needs-reauthorization', 'needs-attention', 'rate-limited'].flatMap((h, i) =>
      Array.from({ length: 1000 }, (_, j) => withHealth(`${i}-${j}`, h as 'revoked')),
    );
    const tooltip = trayTooltip(`${summarizeHealth(records)} · checking 4000 AuthIDs…`);
    expect(tooltip.length).toBeLessThanOrEqual(127);
    expect(tooltip.endsWith('…')).toBe(true);
  });
});

describe('trayIconState', () => {
  it('is healthy when nothing is wrong (unchecked records are not a problem)', () => {
    expect(trayIconState([], false)).toBe('healthy');
    expect(trayIconState([authId('a'), withHealth('b', 'not-checked')], false)).toBe('healthy');
  });

  it.each(['needs-reauthorization', 'revoked', 'needs-attention', 'rate-limited'] as const)('asks for attention when one record is %s', (health) => {
    expect(trayIconState([authId('a'), withHealth('b', health)], false)).toBe('attention');
  });

  it('shows busy while a login or check runs, even over a problem', () => {
    expect(trayIconState([withHealth('a', 'revoked')], true)).toBe('busy');
  });
});

describe('trayIconFile', () => {
  it('uses Template PNGs on macOS, ICO on Windows, PNG on Linux', () => {
    expect(trayIconFile('darwin', 'attention')).toBe('tray/macos/attentionTemplate.png');
    expect(trayIconFile('win32', 'busy')).toBe('tray/windows/busy.ico');
    expect(trayIconFile('linux', 'healthy')).toBe('tray/linux/healthy.png');
  });
});

describe('fitLabel', () => {
  it('keeps short labels, collapses whitespace, and cuts long ones at a grapheme with an ellipsis', () => {
    expect(fitLabel('  Work   drive ')).toBe('Work drive');
    expect(fitLabel('abcdefghij', 5)).toBe('abcd…');
    expect(fitLabel('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 2)).toBe('👨‍👩‍👧‍👦…');
  });
});
