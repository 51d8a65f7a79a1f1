import { describe, expect, it } from 'vitest';
import {
  fileSecretProviderSetting,
  keychainKindFor,
  keychainProviderSetting,
  SecretStoreError,
} from '../../../../electron/services/duplicati-secrets';

/** How Duplicati reads the value back: the path percent-decoded, the query as HttpUtility parses it. */
function asDuplicatiReadsIt(value: string) {
  const url = new URL(value);
  return {
    scheme: url.protocol,
    path: decodeURIComponent(url.pathname),
    passphrase: url.searchParams.get('passphrase'),
  };
}

describe('the keychain provider setting', () => {
  it.each([
    ['darwin', '--secret-provider=keychain://'],
    ['linux', '--secret-provider=libsecret://'],
    ['win32', '--secret-provider=wincred://'],
  ] as const)('%s: %s', (platform, text) => {
    const kind = keychainKindFor(platform)!;
    const setting = keychainProviderSetting(kind);
    expect(setting.optionText).toBe(text);
    expect(setting.optionName).toBe('secret-provider');
    expect(setting.containsSecret).toBe(false);
  });

  it('there is no keychain provider elsewhere', () => {
    expect(keychainKindFor('freebsd')).toBeNull();
  });
});

describe('the file-secret provider setting', () => {
  it('writes the exact option, and the variable for Docker', () => {
    const setting = fileSecretProviderSetting('/run/secrets/authids.json.aes', 'Kx9_-abc');
    expect(setting.optionText).toBe('--secret-provider=file-secret:///run/secrets/authids.json.aes?passphrase=Kx9_-abc');
    expect(setting.environmentLine).toBe('DUPLICATI__SECRET_PROVIDER=file-secret:///run/secrets/authids.json.aes?passphrase=Kx9_-abc');
    expect(setting.containsSecret).toBe(true);
  });

  it('encodes the path and the passphrase so that they decode to exactly what was given', () => {
    const path = '/home/anna/My Secrets/#1 100% ünïcode?.json.aes';
    const passphrase = 'a+b c/d?e&f=g%h#i';
    const setting = fileSecretProviderSetting(path, passphrase);
    expect(setting.value).toBe(
      'file-secret:///home/anna/My%20Secrets/%231%20100%25%20%C3%BCn%C3%AFcode%3F.json.aes?passphrase=a%2Bb%20c%2Fd%3Fe%26f%3Dg%25h%23i',
    );
    expect(asDuplicatiReadsIt(setting.value)).toEqual({ scheme: 'file-secret:', path, passphrase });
  });

  it('a Windows path becomes a drive-letter path with forward slashes', () => {
    const setting = fileSecretProviderSetting('C:\\ProgramData\\Duplicati\\Auth IDs.json.aes', 'p');
    expect(setting.value).toBe('file-secret:///C:/ProgramData/Duplicati/Auth%20IDs.json.aes?passphrase=p');
  });

  it.each(['relative/file.aes', '\\\\nas\\share\\file.aes'])('refuses “%s” with a plain reason', (path) => {
    expect(() => fileSecretProviderSetting(path, 'p')).toThrow(SecretStoreError);
    expect(() => fileSecretProviderSetting(path, 'p')).toThrow(/full path of the secrets file/);
  });
});
