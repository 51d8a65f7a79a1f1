import { describe, expect, it } from 'vitest';
import { HIDDEN_ARG, wantsHiddenStart } from '../../../../electron/services/autostart/launch-args';

describe('wantsHiddenStart', () => {
  it('is true when --hidden is among the arguments, wherever Chromium put it', () => {
    expect(HIDDEN_ARG).toBe('--hidden');
    expect(wantsHiddenStart(['/opt/AuthID Manager/authid-manager', '--hidden'])).toBe(true);
    expect(wantsHiddenStart(['/usr/bin/electron', '.', '--no-sandbox', '--hidden', '--enable-logging'])).toBe(true);
  });

  it('is false for a normal launch and for look-alikes', () => {
    expect(wantsHiddenStart(['/opt/app/authid-manager'])).toBe(false);
    expect(wantsHiddenStart(['/opt/app/authid-manager', '--hidden-files', '-hidden', 'hidden'])).toBe(false);
  });

  it('is true for a macOS login-item launch, which carries no arguments', () => {
    expect(wantsHiddenStart(['/Applications/AuthID Manager.app/Contents/MacOS/AuthID Manager'], true)).toBe(true);
  });
});
