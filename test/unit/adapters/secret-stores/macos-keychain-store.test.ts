import { describe, expect, it } from 'vitest';
import { createMacKeychainStore } from '../../../../electron/adapters/secret-stores';
import { registerSecret } from '../../../fixtures/leak-check/secret-registry';
import { StandInSecurityTool } from './stand-in-security-tool';
import { storeProblemOf } from '../../../fixtures/store-problem';

const AUTHID = '0a1b2c3d4e5f60718293a4b5c6d7e8:Pass!word_0123456789.ABCDEFGHIJK';
registerSecret(AUTHID);


describe('the macOS Keychain store (through a stand-in for the security tool)', () => {
  it('writes one generic password: label X, service com.duplicati.secrets.X, account Duplicati, the AuthID as UTF-8', async () => {
    const tool = new StandInSecurityTool();
    const store = createMacKeychainStore(tool.run);
    await store.set('authid-family-photos', AUTHID);
    expect(tool.items).toEqual([
      {
        label: 'authid-family-photos',
        service: 'com.duplicati.secrets.authid-family-photos',
        account: 'Duplicati',
        password: Buffer.from(AUTHID, 'utf8'),
      },
    ]);
    expect(await store.get('authid-family-photos')).toBe(AUTHID);
  });

  it('passes the AuthID on stdin only, never among the arguments', async () => {
    const tool = new StandInSecurityTool();
    await createMacKeychainStore(tool.run).set('authid-x', AUTHID);
    expect(tool.runs.every((run) => !run.args.join(' ').includes(AUTHID))).toBe(true);
    expect(tool.runs[0]!.stdin).toContain(AUTHID);
  });

  it('an update replaces the password of the same item', async () => {
    const tool = new StandInSecurityTool();
    const store = createMacKeychainStore(tool.run);
    await store.set('authid-x', 'first-value');
    await store.set('authid-x', AUTHID);
    expect(tool.items).toHaveLength(1);
    expect(tool.items[0]!.password.toString()).toBe(AUTHID);
  });

  it('quotes what the tool would otherwise split or unescape', async () => {
    const tool = new StandInSecurityTool();
    const store = createMacKeychainStore(tool.run);
    const odd = 'a "quoted" \\ value with spaces';
    await store.set('authid-x', odd);
    expect(tool.items[0]!.password.toString()).toBe(odd);
  });

  it('reads as current Duplicati does: label, service and account first, then the label alone', async () => {
    const tool = new StandInSecurityTool();
    tool.items.push({ label: 'authid-old', service: 'written-by-duplicati-2.1', account: 'someone', password: Buffer.from(' spaced \n') });
    const store = createMacKeychainStore(tool.run);
    expect(await store.get('authid-old')).toBe('spaced');
    expect(await store.get('authid-none')).toBeNull();
  });

  it('delete removes every item Duplicati could read under the name', async () => {
    const tool = new StandInSecurityTool();
    const store = createMacKeychainStore(tool.run);
    await store.set('authid-x', AUTHID);
    tool.items.push({ label: 'authid-x', service: 'other', account: 'other', password: Buffer.from('old') });
    tool.items.push({ label: 'authid-y', service: 'com.duplicati.secrets.authid-y', account: 'Duplicati', password: Buffer.from('keep') });
    expect(await store.delete('authid-x')).toBe(true);
    expect(tool.items.map((item) => item.label)).toEqual(['authid-y']);
    expect(await store.delete('authid-x')).toBe(false);
  });

  it('refuses values Duplicati would not read back unchanged, and overlong ones', async () => {
    const store = createMacKeychainStore(new StandInSecurityTool().run);
    expect(await storeProblemOf(store.set('authid-x', 'two\nlines'))).toMatch(/^bad-value: /);
    expect(await storeProblemOf(store.set('authid-x', ' padded'))).toMatch(/^bad-value: /);
    expect(await storeProblemOf(store.set('authid-x', 'x'.repeat(5000)))).toMatch(/^too-long: .*encrypted secrets file/);
  });

  it('a locked keychain is explained without the AuthID', async () => {
    const tool = new StandInSecurityTool();
    tool.locked = true;
    const problem = await storeProblemOf(createMacKeychainStore(tool.run).set('authid-x', AUTHID));
    expect(problem).toBe('locked: Your macOS Keychain is locked and macOS could not ask you to unlock it. Unlock it in Keychain Access and try again.');
  });

  it('any other refusal keeps the tool’s words but never the AuthID', async () => {
    const store = createMacKeychainStore(async () => ({ code: 1, stdout: '', stderr: `security: odd failure for ${AUTHID}\n` }));
    const problem = await storeProblemOf(store.set('authid-x', AUTHID));
    expect(problem).toBe('failed: The macOS Keychain refused the change: security: odd failure for … (exit status 1).');
  });

  it('a missing tool says so', async () => {
    const store = createMacKeychainStore(async () => {
      throw Object.assign(new Error('spawn /usr/bin/security ENOENT'), { code: 'ENOENT' });
    });
    expect(await store.probe()).toMatchObject({ usable: false, problem: 'unavailable' });
  });
});
