import { describe, expect, it } from 'vitest';
import { BACKEND_IDS, BACKENDS, backendForScheme, isPcloudHost } from '../../../../electron/services/providers/duplicati-backends';
import { describeBadOptionValue } from '../../../../electron/services/providers/option-spec';
import { PROVIDERS } from '../../../../electron/services/providers/provider-catalogue';
import { PROVIDER_IDS } from '../../../../electron/services/providers/provider-id';
import {
  acceptsBareAccessToken,
  backendForProvider,
  deauthorizePagesFor,
  findProvider,
  providersByServerFlavour,
  providersForBackend,
  providersForServer,
  revocableWithoutClientSecret,
  serverOffers,
  tokenFamilyOf,
  whoAmIRequest,
} from '../../../../electron/services/providers/provider-lookup';

const ids = (list: readonly { id: string }[]): string[] => list.map((p) => p.id);

describe('provider catalogue', () => {
  it('describes every provider id once, under its own id, with a note', () => {
    for (const id of PROVIDER_IDS) {
      expect(PROVIDERS[id].id).toBe(id);
      expect(PROVIDERS[id].name.length).toBeGreaterThan(0);
      expect(PROVIDERS[id].note.length).toBeGreaterThan(10);
    }
    expect(Object.keys(PROVIDERS).sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it('marks OneDrive Live Connect as legacy without a Duplicati backend', () => {
    expect(PROVIDERS.onedrive.legacy).toBe(true);
    expect(backendForProvider('onedrive')).toBeNull();
    expect(PROVIDER_IDS.filter((id) => PROVIDERS[id].legacy)).toEqual(['onedrive']);
  });

  it('lists what each server flavour offers', () => {
    expect(ids(providersForServer('hosted-handler'))).toEqual([
      'googledrive', 'gcs', 'onedrivev2', 'sharepoint', 'msgroup', 'box.com', 'dropbox', 'jottacloud',
    ]);
    expect(ids(providersForServer('hosted-handler', { includeHidden: true, includeLegacy: true }))).toEqual([
      'googledrive', 'googledocs', 'gcs', 'onedrivev2', 'sharepoint', 'msgroup', 'onedrive', 'box.com', 'box', 'dropbox', 'jottacloud',
    ]);
    expect(ids(providersForServer('self-hosted'))).toContain('pcloud');
    expect(ids(providersForServer('self-hosted'))).toContain('googledocs');
    expect(ids(providersForServer('hosted-service'))).toContain('pcloud');
    expect(ids(providersForServer('built-in'))).toEqual(ids(providersForServer('self-hosted')));
    expect(Object.keys(providersByServerFlavour())).toEqual(['hosted-handler', 'hosted-service', 'self-hosted']);
  });

  it('knows the box alias only on the hosted handler and box.com everywhere', () => {
    expect(PROVIDERS.box.aliasOf).toBe('box.com');
    expect(serverOffers('hosted-handler', 'box')).toBe(true);
    expect(serverOffers('self-hosted', 'box')).toBe(false);
    expect(serverOffers('self-hosted', 'box.com')).toBe(true);
    expect(serverOffers('hosted-handler', 'pcloud')).toBe(false);
  });

  it('gives each token family its refresh behaviour and unused lifetime', () => {
    expect(tokenFamilyOf('onedrivev2')).toMatchObject({ refresh: 'sliding', unusedGrant: { kind: 'days', days: 90 } });
    expect(tokenFamilyOf('sharepoint').id).toBe('microsoft');
    expect(tokenFamilyOf('box.com')).toMatchObject({ refresh: 'single-use-rotating', unusedGrant: { kind: 'days', days: 60 } });
    expect(tokenFamilyOf('googledocs')).toMatchObject({ refresh: 'never-expires', unusedGrant: { kind: 'days', days: 183 } });
    expect(tokenFamilyOf('dropbox')).toMatchObject({ refresh: 'never-expires', unusedGrant: { kind: 'never' } });
    expect(tokenFamilyOf('jottacloud')).toMatchObject({ refresh: 'single-use-rotating', unusedGrant: { kind: 'unspecified' } });
    expect(tokenFamilyOf('pcloud')).toMatchObject({ refresh: 'access-token-only', unusedGrant: { kind: 'never' } });
  });

  it('uses the CLI-token login only for Jottacloud', () => {
    expect(PROVIDER_IDS.filter((id) => PROVIDERS[id].loginStyle === 'cli-token')).toEqual(['jottacloud']);
  });

  it('accepts bare access tokens only for pCloud and Dropbox', () => {
    expect(PROVIDER_IDS.filter(acceptsBareAccessToken)).toEqual(['dropbox', 'pcloud']);
  });

  it('knows where to de-authorize and whether the app can revoke by itself', () => {
    expect(deauthorizePagesFor('onedrivev2').map((p) => p.url)).toEqual([
      'https://account.live.com/consent/Manage',
      'https://myapps.microsoft.com',
    ]);
    for (const id of PROVIDER_IDS) {
      expect(deauthorizePagesFor(id).length).toBeGreaterThan(0);
      for (const page of deauthorizePagesFor(id)) expect(page.url).toMatch(/^https:\/\//);
    }
    expect(PROVIDER_IDS.filter(revocableWithoutClientSecret)).toEqual(['googledrive', 'googledocs', 'gcs', 'dropbox']);
    expect(tokenFamilyOf('box.com').revocation.kind).toBe('needs-client-secret');
  });

  it('fills the pCloud region into the who-am-I call and refuses a wrong one', () => {
    expect(whoAmIRequest('pcloud', 'eapi.pcloud.com')).toEqual({ method: 'GET', url: 'https://eapi.pcloud.com/userinfo' });
    expect(whoAmIRequest('pcloud')).toBeNull();
    expect(whoAmIRequest('pcloud', 'evil.example.com')).toBeNull();
    expect(whoAmIRequest('onedrivev2')?.url).toBe('https://graph.microsoft.com/v1.0/me');
    expect(whoAmIRequest('dropbox')?.method).toBe('POST');
    expect(whoAmIRequest('gcs')).toBeNull();
  });

  it('says what "limited" means for Google Drive', () => {
    expect(PROVIDERS.googledrive.note).toContain('drive.file');
    expect(PROVIDERS.googledrive.scope).toBe('https://www.googleapis.com/auth/drive.file');
    expect(PROVIDERS.googledocs.servers['hosted-handler']).toBe('hidden');
  });

  it('finds providers by a string read from outside', () => {
    expect(findProvider('box.com')?.backend).toBe('box');
    expect(findProvider('Dropbox')).toBeUndefined();
  });
});

describe('Duplicati backends', () => {
  it('share one scheme between googledrive and googledocs, and between box and box.com', () => {
    expect(backendForProvider('googledocs')?.scheme).toBe('googledrive');
    expect(backendForProvider('box')?.scheme).toBe('box');
    expect(backendForProvider('box.com')?.scheme).toBe('box');
    expect(ids(providersForBackend('googledrive'))).toEqual(['googledrive', 'googledocs']);
    expect(ids(providersForBackend('box'))).toEqual(['box.com', 'box']);
  });

  it('maps every backend back to a provider of its own', () => {
    for (const id of BACKEND_IDS) {
      expect(BACKENDS[id].scheme).toBe(id);
      expect(backendForProvider(BACKENDS[id].defaultProvider)?.id).toBe(id);
    }
    expect(backendForScheme('OneDriveV2')?.id).toBe('onedrivev2');
    expect(backendForScheme('onedrive')).toBeUndefined();
  });

  it('requires the SharePoint site id and one of the group e-mail or id', () => {
    expect(BACKENDS.sharepoint.options.find((o) => o.name === 'site-id')?.required).toBe(true);
    const group = BACKENDS.msgroup.options.filter((o) => o.oneOfGroup === 'group');
    expect(group.map((o) => o.name)).toEqual(['group-email', 'group-id']);
    expect(group.every((o) => !o.required)).toBe(true);
  });

  it('gives the Graph backends the fragment options', () => {
    for (const id of ['onedrivev2', 'sharepoint', 'msgroup'] as const) {
      expect(BACKENDS[id].options.map((o) => o.name)).toEqual(
        expect.arrayContaining(['fragment-size', 'fragment-retry-count', 'fragment-retry-delay']),
      );
    }
    expect(BACKENDS.dropbox.options.map((o) => o.name)).toEqual(['short-timeout', 'list-timeout', 'read-write-timeout']);
  });

  it('gives every AuthID backend the three timeouts, folded away as advanced', () => {
    for (const backend of Object.values(BACKENDS)) {
      const timeouts = backend.options.filter((o) => ['short-timeout', 'list-timeout', 'read-write-timeout'].includes(o.name));
      expect(timeouts.map((o) => [o.name, o.defaultValue, o.advanced])).toEqual([
        ['short-timeout', '30s', true],
        ['list-timeout', '10m', true],
        ['read-write-timeout', '30s', true],
      ]);
    }
  });

  it('knows the Cloud Storage retention and service-account options and Jottacloud\'s threads and chunk size', () => {
    const gcs = BACKENDS.gcs.options;
    expect(gcs.find((o) => o.name === 'gcs-retention-policy-mode')).toMatchObject({ kind: 'choice', defaultValue: 'Unlocked' });
    expect(gcs.find((o) => o.name === 'gcs-service-account-file')).toMatchObject({ kind: 'text', advanced: true });
    expect(gcs.find((o) => o.name === 'gcs-service-account-json')).toMatchObject({ secret: true });
    const jotta = BACKENDS.jottacloud.options;
    expect(jotta.find((o) => o.name === 'jottacloud-threads')).toMatchObject({ kind: 'number', defaultValue: '4' });
    expect(jotta.find((o) => o.name === 'jottacloud-chunksize')).toMatchObject({ defaultValue: '5mb' });
    expect(BACKENDS.onedrivev2.options.find((o) => o.name === 'fragment-size')?.range).toEqual({ min: 327680, max: 62914560 });
    // Option names are written exactly as the backends read them.
    for (const backend of Object.values(BACKENDS)) for (const o of backend.options) expect(o.name).toBe(o.name.toLowerCase());
  });

  it('offers the pCloud regions and GCS storage classes as choices', () => {
    expect(BACKENDS.pcloud.host?.choices?.map((c) => c.value)).toEqual(['api.pcloud.com', 'eapi.pcloud.com']);
    expect(BACKENDS.pcloud.takesOauthUrl).toBe(false);
    expect(isPcloudHost('eapi.pcloud.com')).toBe(true);
    expect(isPcloudHost('EAPI.pcloud.com')).toBe(false);
    const classes = BACKENDS.gcs.options.find((o) => o.name === 'gcs-storage-class')?.choices?.map((c) => c.value);
    expect(classes).toEqual(expect.arrayContaining(['STANDARD', 'NEARLINE', 'COLDLINE', 'ARCHIVE']));
  });

  it('has sound option descriptors: unique names, no reserved names, valid defaults, choices where needed', () => {
    for (const id of BACKEND_IDS) {
      const names = BACKENDS[id].options.map((o) => o.name);
      expect(new Set(names).size).toBe(names.length);
      for (const o of BACKENDS[id].options) {
        expect(['authid', 'oauth-url']).not.toContain(o.name);
        expect(o.name).toBe(o.name.toLowerCase());
        expect(o.label.length * o.help.length).toBeGreaterThan(0);
        if (o.kind === 'choice') expect(o.choices?.length).toBeGreaterThan(1);
        if (o.defaultValue !== undefined) expect(describeBadOptionValue(o, o.defaultValue)).toBeNull();
      }
    }
  });
});

describe('describeBadOptionValue', () => {
  const [size] = BACKENDS.onedrivev2.options.filter((o) => o.name === 'fragment-size');
  const [trash] = BACKENDS.box.options;
  const storageClass = BACKENDS.gcs.options.find((o) => o.name === 'gcs-storage-class');

  it('checks numbers, booleans and choices, and accepts any text', () => {
    if (size === undefined || trash === undefined || storageClass === undefined) throw new Error('catalogue changed');
    expect(describeBadOptionValue(size, '10485760')).toBeNull();
    expect(describeBadOptionValue(size, '10 MB')).toMatch(/whole number/);
    expect(describeBadOptionValue(trash, 'true')).toBeNull();
    expect(describeBadOptionValue(trash, '')).toBeNull();
    expect(describeBadOptionValue(trash, 'maybe')).toMatch(/true or false/);
    expect(describeBadOptionValue(storageClass, 'coldline')).toBeNull();
    expect(describeBadOptionValue(storageClass, 'FROZEN')).toMatch(/STANDARD/);
    expect(describeBadOptionValue(BACKENDS.sharepoint.options[0]!, 'anything at all')).toBeNull();
  });
});
