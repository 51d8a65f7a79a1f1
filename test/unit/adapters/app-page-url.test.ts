import { describe, expect, it  } from 'vitest';
import { appPageUrl } from '../../../electron/adapters/app-page-url';

const OWN = 'app://authid-manager/index.html';

describe('the page the app window shows', () => {
  it('is always the app’s own page when packaged, whatever the environment says', () => {
    for (const devServerUrl of [undefined, 'http://localhost:5173/', 'http://127.0.0.1:5173/', 'https://evil.example/']) {
      expect(appPageUrl({ isPackaged: true, devServerUrl })).toBe(OWN);
    }
  });

  it('unpackaged, is the dev server when it runs on this computer', () => {
    expect(appPageUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toBe('http://localhost:5173/');
    expect(appPageUrl({ isPackaged: false, devServerUrl: undefined })).toBe(OWN);
    for (const devServerUrl of ['https://evil.example/', 'file:///tmp/evil.html', 'javascript:alert(1)', 'not a url']) {
      expect(appPageUrl({ isPackaged: false, devServerUrl }), devServerUrl).toBe(OWN);
    }
  });
});
