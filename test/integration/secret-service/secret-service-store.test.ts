/**
 * The app's Secret Service adapter against a real gnome-keyring-daemon on a private session bus,
 * checked by an independent reader (Debian's python3-secretstorage) doing Duplicati's lookup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSecretServiceStore } from '../../../electron/adapters/secret-stores';
import type { SecretStore } from '../../../electron/services/duplicati-secrets';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { duplicatiLookup, startPrivateBus, type PrivateBus } from '../../fixtures/secret-service/private-secret-service';
import { secretServiceMissing, useSecretService } from '../../fixtures/secret-service/use-secret-service';
import { storeProblemOf } from '../../fixtures/store-problem';

const missing = secretServiceMissing('The Secret Service test');

const AUTHID = '0a1b2c3d4e5f60718293a4b5c6d7e8:Pass-word_0123456789.ABCDEFGHIJK';
const NEW_AUTHID = 'v2:onedrivev2:M.C512_BAY.0.U.-Crefresh-token-value!';
registerSecret(AUTHID);
registerSecret(NEW_AUTHID);


describe.skipIf(missing.length > 0)(`the Secret Service store${missing.length > 0 ? ` (skipped: ${missing.join(', ')} missing)` : ''}`, () => {
  const keyring = useSecretService();
  const { lookup } = keyring;
  let store: SecretStore;
  let bus: PrivateBus;
  // After the session's own beforeAll, which starts the bus and the keyring.
  beforeAll(() => {
    store = keyring.store();
    bus = keyring.bus();
  });

  it('writes the AuthID where Duplicati’s lookup finds it, with Duplicati’s label, attributes and content type', async () => {
    await store.set('authid-family-photos', AUTHID);
    expect(await lookup('authid-family-photos')).toEqual({
      found: true,
      secret: AUTHID,
      label: 'authid-family-photos',
      attributes: {
        'xdg:schema': 'com.duplicati.Secret',
        server: 'Duplicati Secrets',
        user: 'authid-family-photos',
        type: 'plaintext',
      },
      contentType: 'text/plain',
      matches: 1,
    });
    expect(await store.get('AUTHID-Family-Photos')).toBe(AUTHID);
  });

  it('an update is what Duplicati reads next, still one item', async () => {
    await store.set('authid-family-photos', NEW_AUTHID);
    expect(await lookup('authid-family-photos')).toMatchObject({ found: true, secret: NEW_AUTHID, matches: 1 });
    await store.set('AuthID-Family-Photos', AUTHID);
    expect(await lookup('authid-family-photos')).toMatchObject({ found: true, secret: AUTHID, matches: 1 });
  });

  it('an item another program labelled the same way also hands Duplicati the AuthID', async () => {
    await duplicatiLookup(bus.address, ['foreign', 'authid-shared'], 'someone else’s value');
    await store.set('authid-shared', AUTHID);
    expect(await lookup('authid-shared')).toMatchObject({ found: true, secret: AUTHID, matches: 1 });
    expect(await store.delete('authid-shared')).toBe(true);
    expect(await lookup('authid-shared')).toEqual({ found: false });
  });

  it('delete is seen by Duplicati’s lookup; deleting again reports nothing was there', async () => {
    expect(await store.delete('authid-family-photos')).toBe(true);
    expect(await lookup('authid-family-photos')).toEqual({ found: false });
    expect(await store.delete('authid-family-photos')).toBe(false);
    expect(await store.get('authid-family-photos')).toBeNull();
  });

  it('probing a working keyring says it can be used', async () => {
    expect(await store.probe()).toEqual({ usable: true });
  });

  it('a session bus with no keyring service is explained', async () => {
    const bare = await startPrivateBus();
    try {
      const lonely = createSecretServiceStore({ busAddress: bare.address });
      expect(await storeProblemOf(lonely.set('authid-x', AUTHID))).toMatch(/^unavailable: No keyring service is running in your session/);
      expect(await lonely.probe()).toMatchObject({ usable: false, problem: 'unavailable' });
    } finally {
      await bare.stop();
    }
  });

  it('no reachable session bus is explained', async () => {
    const nowhere = createSecretServiceStore({ busAddress: `unix:path=${bus.folder}/no-such-bus` });
    expect(await storeProblemOf(nowhere.get('authid-x'))).toMatch(/^unavailable: The app cannot reach your desktop session’s D-Bus/);
  });

  // Last: the keyring stays locked (no unlock window can be shown here).
  it('a locked keyring is explained, and nothing is written', async () => {
    await store.set('authid-before-lock', AUTHID);
    await duplicatiLookup(bus.address, ['lock']);
    expect(await storeProblemOf(store.set('authid-after-lock', AUTHID))).toMatch(/^locked: Your keyring stayed locked/);
    expect(await storeProblemOf(store.get('authid-before-lock'))).toMatch(/^locked:/);
    expect(await lookup('authid-after-lock')).toEqual({ locked: true });
  });
});
