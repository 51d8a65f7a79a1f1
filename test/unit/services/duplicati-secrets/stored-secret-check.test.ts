import { describe, expect, it } from 'vitest';
import { checkStoredSecret, repairStoredSecret, SecretStoreError } from '../../../../electron/services/duplicati-secrets';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { memoryStore } from '../../../fixtures/memory-secret-store';

const AUTHID = '0123456789abcdef0123456789abcd:secret-Password_0123456789ab';
registerSecret(AUTHID);

describe('checkStoredSecret', () => {
  it('same when the store hands Duplicati this AuthID', async () => {
    const store = memoryStore();
    store.items.set('authid-photos', AUTHID);
    expect(await checkStoredSecret(store, 'authid-photos', AUTHID)).toEqual({ state: 'same' });
  });

  it('changed, with a repair, when someone edited the item; the message holds no value', async () => {
    const store = memoryStore();
    store.items.set('authid-photos', `${AUTHID}-edited`);
    const check = await checkStoredSecret(store, 'authid-photos', AUTHID);
    expect(check).toEqual({
      state: 'changed',
      message:
        '“authid-photos” in your keyring holds a different value than this AuthID (it was edited outside the app). ' +
        'Backups that use $authid-photos would send that value instead.',
      repair: { action: 'write-again', label: 'Write the AuthID to your keyring again' },
    });
    expect(JSON.stringify(check)).not.toContain(AUTHID.slice(0, 20));
  });

  it('missing, with a repair, when the item is gone', async () => {
    const check = await checkStoredSecret(memoryStore(), 'authid-photos', AUTHID);
    expect(check).toMatchObject({ state: 'missing', message: expect.stringMatching(/^Your keyring no longer holds “authid-photos”/) });
  });

  it('unreadable, with the store’s own explanation, when the store fails', async () => {
    const store = memoryStore();
    store.failWith = new SecretStoreError('locked', 'Your keyring is locked.');
    expect(await checkStoredSecret(store, 'authid-photos', AUTHID)).toEqual({
      state: 'unreadable',
      problem: 'locked',
      message: 'Your keyring is locked.',
    });
  });

  it('repair writes the AuthID again and confirms it reads back', async () => {
    const store = memoryStore();
    store.items.set('authid-photos', 'edited');
    expect(await repairStoredSecret(store, 'authid-photos', AUTHID)).toEqual({ state: 'same' });
    expect(store.items.get('authid-photos')).toBe(AUTHID);
  });
});
