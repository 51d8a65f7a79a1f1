import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWindowsCredentialStore } from '../../../../electron/adapters/secret-stores';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { StandInCredentialManager } from './stand-in-credential-manager';
import { storeProblemOf } from '../../../fixtures/store-problem';

const AUTHID = 'v2:onedrivev2:M.C512_BAY.0.U.-Crefresh~token+value/with=all';
registerSecret(AUTHID);

let savedRoot: string | undefined;
beforeEach(() => {
  savedRoot = process.env.SystemRoot;
  process.env.SystemRoot = 'C:\\Windows';
});
afterEach(() => {
  if (savedRoot === undefined) delete process.env.SystemRoot;
  else process.env.SystemRoot = savedRoot;
});


describe('the Windows Credential Manager store (through a stand-in for PowerShell and CredWriteW)', () => {
  it('writes a generic credential: target name exactly X, UTF-16LE without terminator, LocalMachine, no user name', async () => {
    const windows = new StandInCredentialManager();
    const store = createWindowsCredentialStore(windows.run);
    await store.set('authid-Family_Photos', AUTHID);
    const credential = windows.credentials.get('AUTHID-FAMILY_PHOTOS')!;
    expect(credential).toEqual({
      targetName: 'authid-Family_Photos',
      type: 1, // CRED_TYPE_GENERIC
      persist: 2, // CRED_PERSIST_LOCAL_MACHINE
      userName: '',
      blob: Buffer.from(AUTHID, 'utf16le'),
    });
    expect(credential.blob.length).toBe(AUTHID.length * 2);
    expect(credential.blob.subarray(-2)).not.toEqual(Buffer.alloc(2));
    expect(await store.get('authid-family_photos')).toBe(AUTHID);
  });

  it('keeps the AuthID off the command line', async () => {
    const windows = new StandInCredentialManager();
    await createWindowsCredentialStore(windows.run).set('authid-x', AUTHID);
    const blob = Buffer.from(AUTHID, 'utf16le').toString('base64');
    for (const run of windows.runs) {
      expect(run.args.join(' ')).not.toContain(AUTHID);
      expect(run.args.join(' ')).not.toContain(blob);
    }
  });

  it('a name with letters beyond ASCII reaches Windows unchanged', async () => {
    const windows = new StandInCredentialManager();
    await createWindowsCredentialStore(windows.run).set('fotos_zürich', AUTHID);
    expect([...windows.credentials.values()][0]!.targetName).toBe('fotos_zürich');
  });

  it('update, read and delete; a second delete finds nothing', async () => {
    const windows = new StandInCredentialManager();
    const store = createWindowsCredentialStore(windows.run);
    await store.set('authid-x', 'first');
    await store.set('authid-x', AUTHID);
    expect(windows.credentials.size).toBe(1);
    expect(await store.get('authid-x')).toBe(AUTHID);
    expect(await store.delete('authid-x')).toBe(true);
    expect(await store.delete('authid-x')).toBe(false);
    expect(await store.get('authid-x')).toBeNull();
  });

  it('at most 2,560 bytes: 1,280 UTF-16 units fit, one more is refused with a way out', async () => {
    const windows = new StandInCredentialManager();
    const store = createWindowsCredentialStore(windows.run);
    await store.set('authid-x', 'a'.repeat(1280));
    expect(await storeProblemOf(store.set('authid-x', 'a'.repeat(1281)))).toMatch(/^too-long: .*at most 2560 bytes.*encrypted secrets file/);
  });

  it('a sign-in without a credential store (a service) is explained', async () => {
    const windows = new StandInCredentialManager();
    windows.failWith = 1312;
    const store = createWindowsCredentialStore(windows.run);
    expect(await storeProblemOf(store.set('authid-x', AUTHID))).toMatch(/^unavailable: Windows keeps no credentials for this sign-in/);
    expect(await store.probe()).toMatchObject({ usable: false, problem: 'unavailable' });
  });

  it('a PowerShell that cannot run the helper is explained, without the AuthID', async () => {
    const store = createWindowsCredentialStore(async () => ({ code: 1, stdout: '', stderr: `Add-Type : blocked ${AUTHID}` }));
    const problem = await storeProblemOf(store.set('authid-x', AUTHID));
    expect(problem).toMatch(/^failed: Windows PowerShell could not run the app’s Credential Manager helper/);
    expect(problem).not.toContain(AUTHID);
  });
});
