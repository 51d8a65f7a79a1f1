// The app window's checklist, asserted literally.
import { describe, expect, it  } from 'vitest';
import { WINDOW_CHECKLIST } from '../../fixtures/window-checklist';
import { mainWindowOptions } from '../../../electron/adapters/main-window-security';

describe('the app window', () => {
  it('is sandboxed and isolated, with web security on and no Node; developer tools only unpackaged', () => {
    expect(mainWindowOptions('/app/preload.cjs', true).webPreferences).toEqual({ preload: '/app/preload.cjs', ...WINDOW_CHECKLIST, devTools: false });
    expect(mainWindowOptions('/app/preload.cjs', false).webPreferences).toEqual({ preload: '/app/preload.cjs', ...WINDOW_CHECKLIST, devTools: true });
  });
});
