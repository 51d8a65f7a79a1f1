/**
 * The encrypted secrets file: set it up (main asks where, makes the passphrase, shows the
 * setting once), copy the setting again, and per AuthID share through it as through the keychain.
 */
import path from 'node:path';
import type { RequestHandlers } from '../../ipc/contract';
import type { SecretsFileView } from '../../ipc/secrets-file-views';
import { UserFacingError } from '../../ipc/user-facing-error';
import { fileSecretProviderSetting, type ProviderSetting } from '../../services/duplicati-secrets';
import type { AppContext } from '../app-context';
import { inStore } from '../keychain-sharing';
import type { SecretsFileSharing } from '../secrets-file-sharing';
import { sharedSecretActions } from './shared-secret-actions';

type SecretsFileHandlers = Pick<
  RequestHandlers,
  | 'secretsFileStatus'
  | 'chooseSecretsFile'
  | 'copySecretsFileSetting'
  | 'secretsFileShareStatus'
  | 'shareViaSecretsFile'
  | 'stopSecretsFileSharing'
  | 'repairSecretsFileSecret'
>;

const NOT_BUILT = 'This copy of AuthID Manager cannot keep an encrypted secrets file.';
const NAME_FOR_FILE = 'authids.json.aes';

export function secretsFileHandlers(
  context: Pick<AppContext, 'vault' | 'keychain' | 'secretsFile' | 'clipboard' | 'settings' | 'fileDialogs'>,
  changed: () => void,
): SecretsFileHandlers {
  const actions = sharedSecretActions(
    context,
    {
      sharing: () => context.secretsFile,
      partner: () => context.keychain,
      unavailable: NOT_BUILT,
      fallbackName: 'the encrypted secrets file',
      // Its setting holds the passphrase: the file's own section copies it, never the record's.
      setting: () => undefined,
      code: 'secrets-file',
    },
    changed,
  );
  const sharing = (): SecretsFileSharing => {
    if (context.secretsFile === undefined) throw new UserFacingError('secrets-file-unavailable', NOT_BUILT);
    return context.secretsFile;
  };

  const view = async (): Promise<SecretsFileView> => {
    const file = sharing();
    const setup = file.location.current();
    const canSetUp = await file.canKeepPassphrase();
    const base = { canSetUp, sharedCount: file.references.entries().length };
    if (setup === null) {
      return canSetUp
        ? { ...base, configured: false }
        : { ...base, configured: false, problem: 'This system has no keyring to keep the secrets file’s passphrase in. Set up your desktop keyring first.' };
    }
    const probe = await file.store?.probe();
    const masked = maskedSetting(setup.path);
    return {
      ...base,
      configured: true,
      path: setup.path,
      ...(probe !== undefined && !probe.usable ? { problem: probe.message } : {}),
      maskedOptionText: masked.optionText,
      maskedEnvironmentLine: masked.environmentLine,
    };
  };

  return {
    secretsFileStatus: view,
    chooseSecretsFile: async () => {
      const file = sharing();
      const chosen = await context.fileDialogs.chooseSaveFile({
        title: 'Where should Duplicati’s secrets file be kept?',
        defaultName: NAME_FOR_FILE,
        filters: [{ name: 'Encrypted secrets file (AES Crypt)', extensions: ['aes'] }],
      });
      if (chosen === undefined) return { outcome: 'cancelled', file: await view() };
      if (!path.isAbsolute(chosen)) throw new UserFacingError('secrets-file-path', 'Choose where to keep the secrets file.');
      const setting = await inStore(() => file.create(chosen, (id) => context.vault.readSecret(id)));
      changed();
      return { outcome: 'created', file: await view(), once: { optionText: setting.optionText, environmentLine: setting.environmentLine } };
    },
    copySecretsFileSetting: async ({ form }) => {
      const setting = await inStore(() => sharing().setting());
      const text = form === 'option' ? setting.optionText : setting.environmentLine;
      // It holds the passphrase: cleared like an AuthID.
      return context.clipboard.copySecret(text, context.settings.values().clipboardClearSeconds);
    },
    secretsFileShareStatus: async ({ id }) => actions.status(id),
    shareViaSecretsFile: async ({ id, name }) => actions.share(id, name),
    stopSecretsFileSharing: async ({ id }) => actions.stop(id),
    repairSecretsFileSecret: async ({ id }) => actions.repair(id),
  };
}

/** The setting as the window may keep it: everything but the passphrase. */
function maskedSetting(file: string): Pick<ProviderSetting, 'optionText' | 'environmentLine'> {
  // The path was checked when the file was made; the passphrase goes last in the URL.
  const setting = fileSecretProviderSetting(file, 'hidden');
  const mask = (text: string) => `${text.slice(0, text.indexOf('?passphrase='))}?passphrase=…`;
  return { optionText: mask(setting.optionText), environmentLine: mask(setting.environmentLine) };
}
