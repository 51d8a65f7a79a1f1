/**
 * The detail screen's "Duplicati reads this AuthID from the system keychain": turn it on under a
 * name, turn it off, see whether the store still holds the AuthID, and put it back.
 */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { keychainProviderSetting, type SecretStore } from '../../services/duplicati-secrets';
import type { AppContext } from '../app-context';
import { keychainDefaultView } from '../keychain-default';
import { sharedSecretActions } from './shared-secret-actions';

type KeychainHandlers = Pick<
  RequestHandlers,
  'keychainStatus' | 'shareViaKeychain' | 'stopKeychainSharing' | 'repairKeychainSecret' | 'copyKeychainSetting' | 'keychainDefault' | 'setKeychainDefault'
>;

const NO_STORE =
  'This system has no keychain that Duplicati reads (Duplicati reads the macOS Keychain, the Windows Credential Manager and, on Linux, the Secret Service).';
const FILE_INSTEAD =
  ' Duplicati can read AuthIDs from an encrypted secrets file instead; that is also the way for Duplicati running as a service, in Docker or on a NAS.';

export function keychainHandlers(context: Pick<AppContext, 'vault' | 'keychain' | 'secretsFile' | 'clipboard'>, changed: () => void): KeychainHandlers {
  const actions = sharedSecretActions(
    context,
    {
      sharing: () => context.keychain,
      partner: () => context.secretsFile,
      unavailable: NO_STORE + FILE_INSTEAD,
      fallbackName: 'the system keychain',
      setting: keychainSetting,
      code: 'keychain',
    },
    changed,
  );
  return {
    keychainStatus: async ({ id }) => actions.status(id),
    shareViaKeychain: async ({ id, name }) => actions.share(id, name),
    stopKeychainSharing: async ({ id }) => actions.stop(id),
    repairKeychainSecret: async ({ id }) => actions.repair(id),
    copyKeychainSetting: async () => {
      const store = context.keychain?.store;
      const setting = store == null ? undefined : keychainSetting(store);
      if (setting === undefined) throw new UserFacingError('keychain-unavailable', NO_STORE + FILE_INSTEAD);
      // No secret in it, so the clipboard keeps it.
      return context.clipboard.copySecret(setting.optionText, 0);
    },
    keychainDefault: async () => keychainDefaultView(context),
    setKeychainDefault: async ({ shareNewAuthIds }) => {
      const current = await keychainDefaultView(context);
      const choice = context.keychain?.newAuthIds;
      if (!current.available || choice === undefined) throw new UserFacingError('keychain-unavailable', current.reason ?? NO_STORE + FILE_INSTEAD);
      choice.choose(shareNewAuthIds);
      return keychainDefaultView(context);
    },
  };
}

function keychainSetting(store: SecretStore) {
  if (store.kind === 'file-secret') return undefined;
  const { optionName, value, optionText } = keychainProviderSetting(store.kind);
  return { optionName, value, optionText };
}
