// The keychain requests through the real app core: a vault and the references file on real
// files, a recording clipboard, and an in-memory stand-in for the OS store (the real Secret
// Service is exercised in test/e2e/keychain-references.test.ts and the adapter's own tests).
import { afterEach, beforeEach, describe, expect, it  } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/app/app-core';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';
import { SecretStoreError, type SecretStore } from '../../../electron/services/duplicati-secrets';
import { openSecretReferences } from '../../../electron/services/secret-references';
import { openSettings } from '../../../electron/services/settings/settings';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { memoryStore, type MemorySecretStore } from '../../fixtures/memory-secret-store';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';

const V1 = '0123456789abcdef0123456789abcd:Pa55-word_with.chars!';
registerSecret(V1);
const SERVER = 'https://duplicati-oauth-handler.appspot.com';

let folder: TempFolder;
let vault: Vault;
let store: MemorySecretStore;
let clipboard: ReturnType<typeof recordingClipboard>;
let core: AppCore;

async function startCore(secretStore: SecretStore | null): Promise<void> {
  vault = await openVault({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  clipboard = recordingClipboard();
  core = createAppCore({
    vault,
    settings: openSettings({ backend: folder.backend(), autostart: memoryAutostart() }),
    clipboard: createClipboardGuard({ clipboard }),
    checker: { checkNow: async () => ({ at: new Date().toISOString(), health: 'healthy', reason: 'ok' }), checkAll: async () => undefined },
    loginWindow: { open: async () => Promise.reject(new Error('no window in unit tests')) },
    browser: { open: async () => undefined },
    notifier: recordingNotifier(),
    emit: () => undefined,
    showRecord: () => undefined,
    keychain: { store: secretStore, references: openSecretReferences(folder.backend()) },
  });
  await core.ready();
}

const addRecord = async (label = 'Family photos') =>
  (await vault.add({ label, defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: V1, serverBaseUrl: SERVER })).id;
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as UserFacingError);

beforeEach(async () => {
  folder = tempFolder();
  store = memoryStore();
  await startCore(store);
});
afterEach(async () => {
  await core.dispose();
  folder.remove();
});

describe('sharing an AuthID through the keychain', () => {
  it('stores the AuthID under the name; URLs then carry $name, copied without clearing, and shown unmasked', async () => {
    const id = await addRecord();
    const before = await core.handlers.keychainStatus({ id });
    expect(before).toMatchObject({ shared: false, usable: true, name: 'authid_family_photos', storeName: 'your keyring' });
    expect(before.stored).toBeUndefined();

    const after = await core.handlers.shareViaKeychain({ id, name: 'authid_family_photos' });
    expect(store.items.get('authid_family_photos')).toBe(V1);
    expect(after).toMatchObject({ shared: true, stored: { state: 'same' }, setting: { optionText: '--secret-provider=libsecret://' } });

    expect(await core.handlers.copyUrl({ id, path: 'Backups', options: {} })).toEqual({ clearsAt: null });
    const url = clipboard.writes.at(-1)!;
    expect(url).toMatch(/^dropbox:\/\/Backups\?authid=\$authid_family_photos&oauth-url=/);
    expect(url).not.toContain(encodeURIComponent(V1));
    const preview = await core.handlers.previewUrl({ id, path: 'Backups', options: {} });
    expect(preview.maskedUrl).toBe(url);
    // The app's own reference is no surprise: no "secret-provider reference" note for it.
    expect(preview.findings).toEqual([]);

    await core.handlers.saveDestination({ id, name: 'Laptop', path: 'Backups', options: {} });
    const view = core.state().authIds.find((a) => a.id === id)!;
    expect(view.keychainReference).toBe('$authid_family_photos');
    expect(view.destinations[0]!.maskedUrl).toBe(url);
    expect(JSON.stringify(core.state())).not.toContain(V1);
  });

  it('refuses a name Duplicati would not read or another AuthID uses, and stores nothing', async () => {
    const id = await addRecord();
    const other = await addRecord('Other');
    const dash = await refusal(core.handlers.shareViaKeychain({ id, name: 'authid-family' }));
    expect(dash?.message).toContain('not accept “-” in secret names; use “_” instead.');
    await core.handlers.shareViaKeychain({ id: other, name: 'shared' });
    const taken = await refusal(core.handlers.shareViaKeychain({ id, name: 'SHARED' }));
    expect(taken?.message).toContain('Another AuthID already uses “SHARED”');
    expect([...store.items.keys()]).toEqual(['shared']);
    expect((await core.handlers.keychainStatus({ id })).shared).toBe(false);
  });

  it('the revoke plan names the stored copy; removing the AuthID deletes it and its reference', async () => {
    const id = await addRecord();
    await core.handlers.shareViaKeychain({ id, name: 'photos' });
    const plan = await core.handlers.planRevoke({ id });
    expect(plan.steps.at(-1)).toBe('Delete “photos” from your keyring; backups that use $photos stop working too.');
    await core.handlers.forget({ id });
    await expect.poll(() => store.items.has('photos'), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => openSecretReferences(folder.backend()).entries(), { timeout: 5_000 }).toEqual([]);
  });

  it('an edited value is reported with the repair; the repair writes the AuthID back', async () => {
    const id = await addRecord();
    await core.handlers.shareViaKeychain({ id, name: 'photos' });
    store.items.set('photos', 'edited elsewhere');
    const status = await core.handlers.keychainStatus({ id });
    expect(status.stored).toMatchObject({ state: 'changed', repairLabel: 'Write the AuthID to your keyring again' });
    expect((await core.handlers.repairKeychainSecret({ id })).stored?.state).toBe('same');
    expect(store.items.get('photos')).toBe(V1);
  });

  it('a store that refuses says why in its own words; turning off deletes the copy and the URL carries the AuthID again', async () => {
    const id = await addRecord();
    store.failWritesWith = new SecretStoreError('locked', 'Your keyring is locked. Unlock it and try again.');
    const refused = await refusal(core.handlers.shareViaKeychain({ id, name: 'photos' }));
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused?.message).toBe('Your keyring is locked. Unlock it and try again.');
    expect((await core.handlers.keychainStatus({ id })).shared).toBe(false);

    store.failWritesWith = undefined;
    await core.handlers.shareViaKeychain({ id, name: 'photos' });
    expect((await core.handlers.stopKeychainSharing({ id })).shared).toBe(false);
    expect(store.items.size).toBe(0);
    await core.handlers.copyUrl({ id, path: 'Backups', options: {} });
    expect(clipboard.writes.at(-1)).toContain(`authid=${encodeURIComponent(V1)}`);
  });

  it('the choice survives a restart', async () => {
    const id = await addRecord();
    await core.handlers.shareViaKeychain({ id, name: 'photos' });
    await vault.flush();
    await core.dispose();
    await startCore(store);
    expect(core.state().authIds[0]!.keychainReference).toBe('$photos');
  });
});

it('without a keychain on this system the status says why and names the encrypted file; sharing is refused', async () => {
  await core.dispose();
  await startCore(null);
  const id = await addRecord();
  const status = await core.handlers.keychainStatus({ id });
  expect(status).toMatchObject({ usable: false, shared: false });
  expect(status.problem).toContain('Duplicati can read AuthIDs from an encrypted secrets file instead');
  expect(status.setting).toBeUndefined();
  const refused = await refusal(core.handlers.shareViaKeychain({ id, name: 'photos' }));
  expect(refused?.code).toBe('keychain-unavailable');
});
