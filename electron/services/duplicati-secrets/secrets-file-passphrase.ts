/**
 * The secrets file's passphrase: drawn at random, kept only sealed by the OS (safeStorage in the
 * app), and unsealed when the file is written or the setting is shown.
 */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { canEncrypt, type SecretBox } from '../vault';
import { SecretStoreError } from './secret-store';

export interface SecretsFileSetup {
  /** Where this machine writes the file. */
  readonly path: string;
  /** The passphrase as the secret box sealed it, base64. */
  readonly sealedPassphrase: string;
}

/** 256 random bits, base64url: nothing in it needs escaping in a URL, a shell or YAML. */
export function newSecretsFilePassphrase(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSecretsFileSetup(
  box: SecretBox,
  path: string,
): Promise<{ readonly setup: SecretsFileSetup; readonly passphrase: string }> {
  if (!canEncrypt(await box.describe())) {
    throw new SecretStoreError(
      'unavailable',
      'This system has no keyring to keep the secrets file’s passphrase in, so the app would have to store it in the clear. ' +
        'Set up your desktop keyring first, then try again.',
    );
  }
  const passphrase = newSecretsFilePassphrase();
  const sealed = await box.encrypt(passphrase);
  return { setup: { path, sealedPassphrase: Buffer.from(sealed).toString('base64') }, passphrase };
}

export async function unsealSecretsFilePassphrase(box: SecretBox, setup: SecretsFileSetup): Promise<string> {
  try {
    return (await box.decrypt(Buffer.from(setup.sealedPassphrase, 'base64'))).plain;
  } catch {
    throw new SecretStoreError(
      'damaged',
      'The secrets file’s passphrase can no longer be unsealed (the keyring changed). Choose a new secrets file; ' +
        'the app writes every AuthID into it again and shows the new setting for Duplicati.',
    );
  }
}
