/** The OS store Duplicati's keychain provider reads on this platform. */
import type { SecretStore } from '../../services/duplicati-secrets';
import { createMacKeychainStore } from './macos-keychain-store';
import { runProcess, type ProcessRunner } from './process-runner';
import { createSecretServiceStore } from './secret-service-store';
import { createWindowsCredentialStore } from './windows-credential-store';

export function createPlatformSecretStore(platform: NodeJS.Platform, run: ProcessRunner = runProcess): SecretStore | null {
  switch (platform) {
    case 'darwin':
      return createMacKeychainStore(run);
    case 'win32':
      return createWindowsCredentialStore(run);
    case 'linux':
      return createSecretServiceStore();
    default:
      return null;
  }
}
