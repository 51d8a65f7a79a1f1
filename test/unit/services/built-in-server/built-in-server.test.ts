// The built-in server's files in the app's folder: client secrets and sealed tokens only as OS
// ciphertext where the OS encrypts, nothing secret on disk where it cannot, and both read back
// after a restart (a new backend on the same folder).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it  } from 'vitest';
import type { SealedEntry } from '../../../../electron/authid-server';
import { openBuiltInServer, openEncryptedTokenStorage } from '../../../../electron/services/built-in-server';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';

const NO_KEYRING = { available: true, backend: 'basic_text' } as const;
const ENTRY: SealedEntry = { salt: 'c2FsdA', iv: 'aXY', tag: 'dGFn', data: 'sealed-token-bytes' };
const SECRET = 'box-client-secret-7Qx';

let folder: TempFolder;
afterEach(() => folder?.remove());
const clock = { now: () => Date.parse('2026-01-02T03:04:05Z') };
const fileText = (name: string) => readFileSync(folder.file(`${name}.json`), 'utf8');

describe('sealed token storage', () => {
  it('keeps entries as OS ciphertext, reads them after a restart, deletes them', async () => {
    folder = tempFolder();
    const box = new FakeSecretBox();
    const storage = await openEncryptedTokenStorage(folder.backend(), box, clock);
    await storage.set('key-1', ENTRY);
    expect(fileText('built-in-server-tokens')).not.toContain(ENTRY.data);

    const reopened = await openEncryptedTokenStorage(folder.backend(), box, clock);
    expect(await reopened.get('key-1')).toEqual(ENTRY);
    expect(await reopened.get('toString')).toBeUndefined();
    expect(await reopened.delete('key-1')).toBe(true);
    expect(await reopened.delete('key-1')).toBe(false);
    expect(await (await openEncryptedTokenStorage(folder.backend(), box, clock)).get('key-1')).toBeUndefined();
  });

  it('without a keyring keeps only the AuthID-sealed entry, never a base64 wrapping passed off as encryption', async () => {
    folder = tempFolder();
    const box = new FakeSecretBox();
    box.description = NO_KEYRING;
    const storage = await openEncryptedTokenStorage(folder.backend(), box, clock);
    await storage.set('key-1', ENTRY);
    expect(JSON.parse(fileText('built-in-server-tokens')).entries['key-1']).toEqual({ protection: 'sealed-only', entry: ENTRY });
    expect(box.encryptions).toBe(0);
  });
});

describe('app registrations', () => {
  it('a client secret is saved only encrypted and comes back after a restart; the status never carries it', async () => {
    folder = tempFolder();
    const box = new FakeSecretBox();
    const server = await openBuiltInServer({ backend: folder.backend(), secretBox: box });
    const status = await server.saveRegistration({ id: 'box.com', clientId: ' my-box-app ', clientSecret: SECRET });
    expect(status.registrations).toEqual([{ id: 'box.com', clientId: 'my-box-app', hasSecret: true, secretKept: 'encrypted' }]);
    expect(JSON.stringify(status)).not.toContain(SECRET);
    expect(fileText('built-in-server')).not.toContain(SECRET);

    const restarted = await openBuiltInServer({ backend: folder.backend(), secretBox: box });
    expect(restarted.status().registrations).toEqual([{ id: 'box.com', clientId: 'my-box-app', hasSecret: true, secretKept: 'encrypted' }]);
    // Saving again without a secret keeps it; an empty one removes it.
    expect((await restarted.saveRegistration({ id: 'box.com', clientId: 'my-box-app' })).registrations[0]?.hasSecret).toBe(true);
    expect((await restarted.saveRegistration({ id: 'box.com', clientId: 'my-box-app', clientSecret: '' })).registrations[0]?.hasSecret).toBe(false);
  });

  it('without a keyring a secret is kept until quit and never written', async () => {
    folder = tempFolder();
    const box = new FakeSecretBox();
    box.description = NO_KEYRING;
    const server = await openBuiltInServer({ backend: folder.backend(), secretBox: box });
    const status = await server.saveRegistration({ id: 'box.com', clientId: 'my-box-app', clientSecret: SECRET });
    expect(status.registrations[0]).toMatchObject({ hasSecret: true, secretKept: 'until-quit' });
    expect(fileText('built-in-server')).not.toContain(SECRET);
    const restarted = await openBuiltInServer({ backend: folder.backend(), secretBox: box });
    expect(restarted.status().registrations[0]).toMatchObject({ hasSecret: false, secretKept: 'none' });
  });

  it('a provider that needs no secret keeps none; unknown providers, empty client ids and low ports are refused in words', async () => {
    folder = tempFolder();
    const server = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox() });
    expect((await server.saveRegistration({ id: 'dropbox', clientId: 'app-key', clientSecret: 'pasted by mistake' })).registrations[0]).toMatchObject({ hasSecret: false });
    expect(fileText('built-in-server')).not.toContain('pasted by mistake');
    await expect(server.saveRegistration({ id: 'example', clientId: 'x' })).rejects.toThrow('The built-in server cannot log in to that provider.');
    await expect(server.saveRegistration({ id: 'box.com', clientId: '  ' })).rejects.toThrow('Enter the client id of the app you registered at Box.com.');
    await expect(server.setPort(80)).rejects.toThrow('Choose a port from 1024 to 65535');
    expect(server.status().port).toBe(8357);
  });
});
