/**
 * Duplicati's `wincred://` store: a generic credential whose target name is exactly the secret's
 * name, the AuthID as UTF-16LE without a terminator, persistence LocalMachine, no user name,
 * as Duplicati writes it. keyring-rs (behind @napi-rs/keyring) writes Enterprise persistence and
 * its own comment, so the Win32 calls are made by Windows PowerShell with the request on stdin.
 */
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { z } from 'zod';
import { assertStorableValue, probeBy, SecretStoreError, type SecretStore } from '../../services/duplicati-secrets';
import { CREDENTIAL_MANAGER_SCRIPT } from './credential-manager-script';
import { isMissingTool, runProcess, type ProcessRunner } from './process-runner';

const CRED_TYPE_GENERIC = 1;
const CRED_PERSIST_LOCAL_MACHINE = 2;
/** CRED_MAX_CREDENTIAL_BLOB_SIZE: 5 × 512 bytes. */
const MAX_BLOB_BYTES = 2560;
const ERROR_NOT_FOUND = 1168;
const ERROR_NO_SUCH_LOGON_SESSION = 1312;
const ERROR_ACCESS_DENIED = 5;
const DISPLAY_NAME = 'the Windows Credential Manager';

/** What the script receives; strings are base64 of UTF-8, the blob is base64 of its bytes. */
export type CredentialRequest =
  | { readonly op: 'write'; readonly targetName: string; readonly type: number; readonly persist: number; readonly userName: string; readonly blob: string }
  | { readonly op: 'read' | 'delete'; readonly targetName: string; readonly type: number };

const credentialAnswer = z.object({
  error: z.number().int(),
  credential: z
    .object({ targetName: z.string(), type: z.number(), persist: z.number(), userName: z.string(), blob: z.string() })
    .optional(),
});

function powershellPath(systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): string {
  return path.win32.join(systemRoot, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
}

function powershellArgs(): string[] {
  const encoded = Buffer.from(CREDENTIAL_MANAGER_SCRIPT, 'utf16le').toString('base64');
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded];
}

export function createWindowsCredentialStore(run: ProcessRunner = runProcess): SecretStore {
  const ask = async (request: CredentialRequest) => {
    let result;
    try {
      result = await run(powershellPath(), powershellArgs(), JSON.stringify(request));
    } catch (error) {
      if (isMissingTool(error)) throw new SecretStoreError('unavailable', 'Windows PowerShell is missing, so the Credential Manager cannot be used from the app.');
      throw error;
    }
    const answer = result.code === 0 ? credentialAnswer.safeParse(parseJson(result.stdout)) : undefined;
    if (answer?.success !== true) {
      throw new SecretStoreError(
        'failed',
        'Windows PowerShell could not run the app’s Credential Manager helper (a policy may block it). Use the encrypted secrets file instead.',
      );
    }
    if (answer.data.error !== 0 && answer.data.error !== ERROR_NOT_FOUND) throw windowsError(answer.data.error);
    return answer.data;
  };
  const target = (name: string) => text64(name);

  return {
    kind: 'wincred',
    displayName: DISPLAY_NAME,
    async set(name, value) {
      assertStorableValue(value, {
        storeName: DISPLAY_NAME,
        maxBytes: { limit: MAX_BLOB_BYTES, measure: (text) => Buffer.byteLength(text, 'utf16le') },
      });
      await ask({
        op: 'write',
        targetName: target(name),
        type: CRED_TYPE_GENERIC,
        persist: CRED_PERSIST_LOCAL_MACHINE,
        userName: '',
        blob: Buffer.from(value, 'utf16le').toString('base64'),
      });
    },
    async get(name) {
      const { credential } = await ask({ op: 'read', targetName: target(name), type: CRED_TYPE_GENERIC });
      // Duplicati reads BlobSize / 2 UTF-16 characters, untrimmed.
      return credential === undefined ? null : Buffer.from(credential.blob, 'base64').toString('utf16le');
    },
    delete: async (name) => (await ask({ op: 'delete', targetName: target(name), type: CRED_TYPE_GENERIC })).error === 0,
    probe: () =>
      probeBy(async () => {
        await ask({ op: 'read', targetName: target('authid-manager-probe'), type: CRED_TYPE_GENERIC });
        return undefined;
      }),
  };
}

function text64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function windowsError(code: number): SecretStoreError {
  if (code === ERROR_NO_SUCH_LOGON_SESSION) {
    return new SecretStoreError(
      'unavailable',
      'Windows keeps no credentials for this sign-in (this happens in a service or a remote session without a profile). Use the encrypted secrets file.',
    );
  }
  if (code === ERROR_ACCESS_DENIED) return new SecretStoreError('denied', 'Windows refused access to the Credential Manager.');
  return new SecretStoreError('failed', `The Windows Credential Manager refused the change (Windows error ${code}).`);
}
