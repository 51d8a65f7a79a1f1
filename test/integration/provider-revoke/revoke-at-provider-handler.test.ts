// The revoke dialog's two choices through the app's handlers, on real logins: the plan offers
// revoking at the provider where it applies, and that request reports each step.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it  } from 'vitest';
import { providerRevokeHandler, type ProviderRevokeHandler } from '../../../electron/app/handlers/provider-revoke-handler';
import { revokeHandlers } from '../../../electron/app/handlers/revoke-handlers';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import type { AuthIdKind } from '../../../electron/services/authids/authid-kind';
import type { ProviderRevokeEndpoints } from '../../../electron/services/provider-revoke';
import type { ProviderId } from '../../../electron/services/providers/provider-id';
import { refresh } from '../../../electron/services/server-client';
import { openSettings, type SettingsService } from '../../../electron/services/settings/settings';
import type { Vault } from '../../../electron/services/vault/vault';
import { memoryAutostart } from '../../fixtures/app/recording-ports';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { startDropboxRevokeStandIn, type DropboxRevokeStandIn } from '../../fixtures/dropbox-revoke-stand-in';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { closedPortServer } from '../../fixtures/recording-loopback-server';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { openTestVault } from '../../fixtures/open-test-vault';

let v1Stack: AuthIdStack;
let v2Stack: AuthIdStack;
let dropbox: DropboxRevokeStandIn;
let folder: TempFolder;
let vault: Vault;
let settings: SettingsService;

beforeAll(async () => {
  [v1Stack, v2Stack] = await Promise.all([startAuthIdStack(), startAuthIdStack({ storage: false })]);
  dropbox = await startDropboxRevokeStandIn(v2Stack.provider);
});
afterAll(async () => {
  await Promise.all([v1Stack?.close(), v2Stack?.close(), dropbox?.close()]);
});
beforeEach(async () => {
  folder = tempFolder();
  vault = await openTestVault(folder, new FakeSecretBox());
  settings = openSettings({ backend: folder.backend(), autostart: memoryAutostart() });
  await settings.addServer(v1Stack.baseUrl);
  await settings.addServer(v2Stack.baseUrl);
});
afterEach(async () => {
  await vault.flush();
  folder.remove();
});

const handlerWith = (endpoints: ProviderRevokeEndpoints): ProviderRevokeHandler => providerRevokeHandler({ vault, settings, fetch: undefined, providerRevokeEndpoints: endpoints });
const planFor = (id: string) => revokeHandlers({ vault, settings, fetch: undefined }).planRevoke({ id });

async function saved(stack: AuthIdStack, provider: ProviderId, kind: AuthIdKind = stack === v1Stack ? 'v1' : 'v2') {
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`);
  const record = await vault.add({ label: provider, defaultLabel: provider, provider, serverBaseUrl: stack.baseUrl, kind, authId: authId!, destination: { name: 'Backups', path: 'Backups', options: {} } });
  return { record, authId: authId! };
}

describe('the plan', () => {
  it('Google and Dropbox offer revoking at the provider, saying what it does in one sentence', async () => {
    const { record } = await saved(v1Stack, 'googledrive');
    const plan = await planFor(record.id);
    expect(plan.method).toBe('server');
    expect(plan.atProvider?.summary).toBe('Ends the access at Google itself, so this AuthID, every copy of it and every access token already handed out stop working at once.');
    expect(plan.atProvider?.steps).toEqual([
      `Get a short-lived access token from the AuthID server (${new URL(v1Stack.baseUrl).host}) and ask Google to end the access it belongs to.`,
      `Ask the AuthID server (${new URL(v1Stack.baseUrl).host}) to delete its copy of this AuthID.`,
      'Remove it and its 1 saved destination from this computer.',
      'Google may also end other AuthIDs of the same Google account that came through this AuthID server; log in again for those you still need.',
    ]);

    const bare = await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', serverBaseUrl: v1Stack.baseUrl, kind: 'access-token-only', authId: 'sl.BareDropboxAccessToken0123' });
    expect((await planFor(bare.id)).atProvider?.steps).toEqual(['Ask Dropbox to end the access this token gives.', 'Remove it from this computer.']);
    const pcloud = await vault.add({ defaultLabel: 'pCloud', provider: 'pcloud', serverBaseUrl: v1Stack.baseUrl, kind: 'access-token-only', authId: 'pCloudAccessTokenWithoutAnyColon0123' });
    expect((await planFor(pcloud.id)).atProvider).toBeUndefined();
  });

  it('elsewhere the plan says why not, with the de-authorize page', async () => {
    const { record } = await saved(v1Stack, 'onedrivev2');
    const plan = await planFor(record.id);
    expect(plan.atProvider).toBeUndefined();
    expect(plan.steps.at(-1)).toBe("The app's access at Microsoft OneDrive stays. Microsoft offers apps no way to end their own access, so only Microsoft's page can. Remove it there too to end it.");
    expect(plan.deauthorizeUrls).toEqual(['https://account.live.com/consent/Manage', 'https://myapps.microsoft.com']);
  });
});

describe('revoking at the provider', () => {
  it('Google v1: provider, then server, then this computer; the cached access token stops working', async () => {
    const { record, authId } = await saved(v1Stack, 'googledrive');
    const cached = await refresh(authId, { baseUrl: v1Stack.baseUrl, flavour: 'self-hosted' });
    if (!cached.ok) throw new Error('no access token');
    registerSecret(cached.accessToken);

    const result = await handlerWith({ google: v1Stack.provider.revocationUrl }).revokeAtProvider({ id: record.id });
    expect(result.steps.map((s) => [s.step, s.outcome])).toEqual([
      ['provider', 'done'],
      ['server', 'done'],
      ['local', 'done'],
    ]);
    expect(result).toMatchObject({ removedLocally: true, deauthorizeUrls: [] });
    expect(vault.get(record.id)).toBeUndefined();
    expect((await fetch(v1Stack.provider.userinfoUrl, { headers: { authorization: `Bearer ${cached.accessToken}` } })).status).toBe(401);
  });

  it('Dropbox v2: nothing to delete at the server', async () => {
    const { record } = await saved(v2Stack, 'dropbox');
    const result = await handlerWith({ dropbox: dropbox.url }).revokeAtProvider({ id: record.id });
    expect(result.steps.map((s) => [s.step, s.outcome])).toEqual([
      ['provider', 'done'],
      ['server', 'not-needed'],
      ['local', 'done'],
    ]);
  });

  it('when the provider cannot be reached, nothing else is done and the AuthID stays', async () => {
    const { record, authId } = await saved(v1Stack, 'googledrive');
    const unreachable = `${(await closedPortServer()).baseUrl}/revoke`;
    const result = await handlerWith({ google: unreachable }).revokeAtProvider({ id: record.id });
    expect(result.steps).toEqual([{ step: 'provider', outcome: 'failed', message: expect.stringMatching(/^Could not reach Google to end the access/) }]);
    expect(result).toMatchObject({ removedLocally: false, deauthorizeUrls: ['https://myaccount.google.com/permissions'] });
    expect(vault.get(record.id)).toBeDefined();
    expect((await refresh(authId, { baseUrl: v1Stack.baseUrl, flavour: 'self-hosted' })).ok).toBe(true);
  });

  it('a provider without a way is refused before anything is sent', async () => {
    const { record } = await saved(v1Stack, 'box.com');
    const error = await handlerWith({}).revokeAtProvider({ id: record.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toMatch(/^Box ends an app's access only for a request signed with the app's client secret.*Use Revoke instead; nothing was changed\.$/);
    expect(vault.get(record.id)).toBeDefined();
  });
});
