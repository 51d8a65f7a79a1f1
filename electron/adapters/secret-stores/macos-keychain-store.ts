/**
 * Duplicati's `keychain://` store: a generic password with label X, service
 * `com.duplicati.secrets.X` and account `Duplicati`, which every Duplicati release with the
 * keychain provider finds. Written with macOS's own `security` tool in interactive mode: the
 * command, password included, goes in on stdin, one command per run (its exit status is the
 * last command's result). No maintained Node library sets the label (keyring-rs does not).
 */
import { Buffer } from 'node:buffer';
import { assertStorableValue, probeBy, SecretStoreError, type SecretStore } from '../../services/duplicati-secrets';
import { isMissingTool, runProcess, type ProcessResult, type ProcessRunner } from './process-runner';

const SECURITY_TOOL = '/usr/bin/security';
const KEYCHAIN_ACCOUNT = 'Duplicati';
const KEYCHAIN_SERVICE_PREFIX = 'com.duplicati.secrets.';
/** `security -i` reads lines of at most 4,096 bytes, newline included. */
const MAX_LINE_BYTES = 4095;
const DISPLAY_NAME = 'your macOS Keychain';

/** OSStatus values as the tool's exit status (the low byte). */
const ITEM_NOT_FOUND = 44; // errSecItemNotFound, -25300
const INTERACTION_NOT_ALLOWED = 36; // errSecInteractionNotAllowed, -25308
const AUTH_FAILED = 51; // errSecAuthFailed, -25293
const USER_CANCELED = 128; // errSecUserCanceled, -128
/** Bounds the clean-up of label-only items (each run removes one). */
const MAX_LABEL_ONLY_ITEMS = 10;

export function createMacKeychainStore(run: ProcessRunner = runProcess): SecretStore {
  const security = async (words: readonly string[], secret?: string): Promise<ProcessResult> => {
    const line = `${words.map(quoted).join(' ')}\n`;
    if (Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES) {
      throw new SecretStoreError('too-long', `This AuthID is too long for ${DISPLAY_NAME} as the app writes it. Use the encrypted secrets file for it instead.`);
    }
    let result: ProcessResult;
    try {
      result = await run(SECURITY_TOOL, ['-i'], line);
    } catch (error) {
      if (isMissingTool(error)) throw new SecretStoreError('unavailable', 'macOS’s security tool (/usr/bin/security) is missing, so the Keychain cannot be used.');
      throw error;
    }
    if (result.code === 0 || result.code === ITEM_NOT_FOUND) return result;
    throw keychainError(result, secret);
  };
  const item = (name: string) => ['-a', KEYCHAIN_ACCOUNT, '-s', `${KEYCHAIN_SERVICE_PREFIX}${name}`, '-l', name];
  const find = async (attributes: string[]) => {
    const result = await security(['find-generic-password', ...attributes, '-w']);
    // -w prints the password and a newline; Duplicati trims what it reads.
    return result.code === 0 ? result.stdout.trim() : null;
  };

  return {
    kind: 'keychain',
    displayName: DISPLAY_NAME,
    async set(name, value) {
      assertStorableValue(value, { storeName: DISPLAY_NAME, singleLineTrimmed: true });
      await security(['add-generic-password', '-U', ...item(name), '-w', value], value);
    },
    // Current releases look for label, service and account first, then for the label alone.
    get: async (name) => (await find(item(name))) ?? find(['-l', name]),
    async delete(name) {
      let deleted = (await security(['delete-generic-password', ...item(name)])).code === 0;
      for (let i = 0; i < MAX_LABEL_ONLY_ITEMS; i += 1) {
        if ((await security(['delete-generic-password', '-l', name])).code !== 0) break;
        deleted = true;
      }
      return deleted;
    },
    probe: () =>
      probeBy(async () => {
        await security(['show-keychain-info']);
        return undefined;
      }),
  };
}

/** `security -i` splits words at spaces and honours double quotes with backslash escapes. */
function quoted(word: string): string {
  return `"${word.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

function keychainError(result: ProcessResult, secret: string | undefined): SecretStoreError {
  switch (result.code) {
    case INTERACTION_NOT_ALLOWED:
      return new SecretStoreError('locked', 'Your macOS Keychain is locked and macOS could not ask you to unlock it. Unlock it in Keychain Access and try again.');
    case AUTH_FAILED:
    case USER_CANCELED:
      return new SecretStoreError('denied', 'Access to your macOS Keychain was refused or cancelled. Allow AuthID Manager when macOS asks, then try again.');
    default: {
      const said = (secret === undefined ? result.stderr : result.stderr.split(secret).join('…')).trim();
      return new SecretStoreError('failed', `The macOS Keychain refused the change${said === '' ? '' : `: ${said}`} (exit status ${result.code ?? 'none: timed out'}).`);
    }
  }
}
