import { describe, expect, it } from 'vitest';
import { createPlatformSecretStore } from '../../../../electron/adapters/secret-stores';
import { keychainKindFor, keychainProviderSetting } from '../../../../electron/services/duplicati-secrets';

describe('createPlatformSecretStore', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('%s: the store Duplicati’s provider for the platform reads', (platform) => {
    const store = createPlatformSecretStore(platform)!;
    expect(store.kind).toBe(keychainKindFor(platform));
    expect(keychainProviderSetting(store.kind as 'keychain' | 'wincred' | 'libsecret').value).toBe(
      { darwin: 'keychain://', win32: 'wincred://', linux: 'libsecret://' }[platform],
    );
  });

  it('none elsewhere', () => {
    expect(createPlatformSecretStore('freebsd')).toBeNull();
  });
});
