// The app window's checklist, asserted literally, and its navigation rule.
import { describe, expect, test } from 'vitest';
import { WINDOW_CHECKLIST } from '../adapters/window-checklist';
import { isAllowedAppNavigation, mainWindowOptions } from '../../../electron/adapters/main-window-security';

describe('the app window', () => {
  test('is sandboxed and isolated, with web security on and no Node', () => {
    expect(mainWindowOptions('/app/preload.cjs').webPreferences).toEqual({
      preload: '/app/preload.cjs',
      ...WINDOW_CHECKLIST,
    });
  });

  test("may only stay on the app's own page", () => {
    const app = 'file:///opt/AuthID%20Manager/resources/app.asar/out/renderer/index.html';
    expect(isAllowedAppNavigation(`${app}#settings`, app)).toBe(true);
    expect(isAllowedAppNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedAppNavigation('https://evil.example/', app)).toBe(false);
    expect(isAllowedAppNavigation('http://localhost:5173/index.html', 'http://localhost:5173/index.html')).toBe(true);
    expect(isAllowedAppNavigation('http://localhost:5174/index.html', 'http://localhost:5173/index.html')).toBe(false);
    expect(isAllowedAppNavigation('not a url', app)).toBe(false);
  });
});
