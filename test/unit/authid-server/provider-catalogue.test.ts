import { describe, expect, it  } from 'vitest';
import { PROVIDER_CATALOGUE, PUBLIC_CLIENT_PROVIDERS } from '../../../electron/authid-server';
import { providerSettingsSchema } from '../../../electron/authid-server/provider-settings';

describe('provider catalogue', () => {
  it('has every provider the AuthID servers know, under their ids', () => {
    expect([...PROVIDER_CATALOGUE.keys()]).toEqual(['googledrive', 'googledocs', 'gcs', 'onedrivev2', 'sharepoint', 'msgroup', 'dropbox', 'box.com', 'pcloud', 'jottacloud']);
  });

  it.each([...PROVIDER_CATALOGUE.values()].map((entry) => [entry.settings.id, entry] as const))('%s: valid settings with https endpoints, a console link and setup steps', (_id, entry) => {
    const settings = providerSettingsSchema.parse({ ...entry.settings, clientId: 'id', clientSecret: 'secret' });
    for (const url of [settings.authorizeUrl, settings.tokenUrl, entry.consoleUrl, ...Object.values(settings.regionTokenUrls)]) {
      expect(new URL(url).protocol).toBe('https:');
    }
    expect(entry.setupSteps.length).toBeGreaterThan(0);
    if (entry.redirect !== 'none') expect(entry.setupSteps.join(' ')).toContain('{redirectUri}');
  });

  it('no secret is needed for Microsoft and Dropbox (public desktop clients with PKCE) and Jottacloud (jottacli)', () => {
    expect(PUBLIC_CLIENT_PROVIDERS).toEqual(['onedrivev2', 'sharepoint', 'msgroup', 'dropbox', 'jottacloud']);
    for (const id of PUBLIC_CLIENT_PROVIDERS.filter((id) => id !== 'jottacloud')) expect(PROVIDER_CATALOGUE.get(id)?.settings.pkce).toBe(true);
  });

  it('Google uses PKCE too, but its desktop clients still send their (non-confidential) secret', () => {
    for (const id of ['googledrive', 'googledocs', 'gcs']) {
      expect(PROVIDER_CATALOGUE.get(id)).toMatchObject({ clientSecret: 'required', settings: { pkce: true } });
    }
  });
});
