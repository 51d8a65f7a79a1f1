/**
 * The `--secret-provider` setting Duplicati needs once per machine (or per backup), as text the
 * user pastes: into Settings → default options, a backup's advanced options, or a container's
 * environment.
 */
import { SecretStoreError, type SecretStoreKind } from './secret-store';

const OPTION = 'secret-provider';
const ENVIRONMENT_VARIABLE = 'DUPLICATI__SECRET_PROVIDER';

export interface ProviderSetting {
  readonly optionName: typeof OPTION;
  /** The option's value: `libsecret://`, or the file URL with its passphrase. */
  readonly value: string;
  /** `--secret-provider=…`, for the advanced options' text view or a command line. */
  readonly optionText: string;
  /** `DUPLICATI__SECRET_PROVIDER=…`, for `docker run -e`, an env file or a service's environment. */
  readonly environmentLine: string;
  /** True when the text holds the file's passphrase: show it once, mask it, clear the clipboard. */
  readonly containsSecret: boolean;
}

const KEYCHAIN_URLS: Record<Exclude<SecretStoreKind, 'file-secret'>, string> = {
  keychain: 'keychain://',
  libsecret: 'libsecret://',
  wincred: 'wincred://',
};

/** The OS store Duplicati's provider reads on this platform, or null where there is none. */
export function keychainKindFor(platform: NodeJS.Platform): Exclude<SecretStoreKind, 'file-secret'> | null {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'wincred';
  if (platform === 'linux') return 'libsecret';
  return null;
}

export function keychainProviderSetting(kind: Exclude<SecretStoreKind, 'file-secret'>): ProviderSetting {
  return setting(KEYCHAIN_URLS[kind], false);
}

/**
 * `path` is where Duplicati sees the file (inside a container that may differ from this machine's
 * path). Duplicati takes the path from System.Uri's LocalPath (percent-decoded, drive letters
 * recognised) and the passphrase from the query with HttpUtility.ParseQueryString.
 */
export function fileSecretProviderSetting(path: string, passphrase: string): ProviderSetting {
  return setting(`file-secret://${encodedPath(path)}?passphrase=${encodeURIComponent(passphrase)}`, true);
}

function encodedPath(path: string): string {
  const drive = /^([A-Za-z]:)[\\/]/.exec(path);
  if (drive !== null) {
    const rest = path.slice(drive[0].length).split(/[\\/]/);
    return `/${drive[1]}/${rest.map(encodeURIComponent).join('/')}`;
  }
  if (path.startsWith('/')) return path.split('/').map(encodeURIComponent).join('/');
  throw new SecretStoreError(
    'bad-path',
    'Duplicati needs the full path of the secrets file: /folder/file on Linux and macOS, C:\\folder\\file on Windows. ' +
      'A network path (\\\\server\\share) cannot be given to it; use a local folder or a mounted drive.',
  );
}

function setting(value: string, containsSecret: boolean): ProviderSetting {
  return {
    optionName: OPTION,
    value,
    optionText: `--${OPTION}=${value}`,
    environmentLine: `${ENVIRONMENT_VARIABLE}=${value}`,
    containsSecret,
  };
}
