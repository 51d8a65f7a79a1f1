import { describe, expect, it } from 'vitest';
import {
  createSecretsFileSetup,
  fileSecretProviderSetting,
  unsealSecretsFilePassphrase,
} from '../../../../electron/services/duplicati-secrets';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';

describe('the secrets file’s passphrase', () => {
  it('is strong, kept only sealed, and unseals to what the setting shows', async () => {
    const box = new FakeSecretBox();
    const { setup, passphrase } = await createSecretsFileSetup(box, '/srv/duplicati/authids.json.aes');
    expect(passphrase).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(setup)).not.toContain(passphrase);
    expect(await unsealSecretsFilePassphrase(box, setup)).toBe(passphrase);
    expect(fileSecretProviderSetting(setup.path, passphrase).value).toBe(
      `file-secret:///srv/duplicati/authids.json.aes?passphrase=${passphrase}`,
    );
    const again = await createSecretsFileSetup(box, setup.path);
    expect(again.passphrase).not.toBe(passphrase);
  });

  it('is not created where only a weak box exists, and says why', async () => {
    const box = new FakeSecretBox();
    box.description = { available: true, backend: 'basic_text' };
    await expect(createSecretsFileSetup(box, '/x/authids.json.aes')).rejects.toThrow(/no keyring to keep the secrets file’s passphrase/);
  });

  it('a keyring that changed is explained with what to do', async () => {
    const box = new FakeSecretBox();
    const { setup } = await createSecretsFileSetup(box, '/x/authids.json.aes');
    box.replaceKeyring();
    await expect(unsealSecretsFilePassphrase(box, setup)).rejects.toThrow(/can no longer be unsealed .* Choose a new secrets file/);
  });
});
