/**
 * A stand-in for Windows PowerShell running the app's Credential Manager script (no Windows
 * here): it checks that it was handed exactly that script, then does what the script does with
 * the request on stdin, against an in-memory Credential Manager that keeps each credential's
 * fields as CredWriteW received them (target names compare without case, as in Windows).
 */
import { expect } from 'vitest';
import type { ProcessRunner } from '../../../../electron/adapters/secret-stores';
import { CREDENTIAL_MANAGER_SCRIPT } from '../../../../electron/adapters/secret-stores/credential-manager-script';

export interface StoredCredential {
  targetName: string;
  type: number;
  persist: number;
  userName: string;
  blob: Buffer;
}

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

export class StandInCredentialManager {
  readonly credentials = new Map<string, StoredCredential>();
  readonly runs: { command: string; args: readonly string[]; stdin: string }[] = [];
  /** A Win32 error every call returns, as a service without a profile gets ERROR_NO_SUCH_LOGON_SESSION. */
  failWith: number | undefined;

  readonly run: ProcessRunner = async (command, args, stdin) => {
    this.runs.push({ command, args, stdin });
    expect(command).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(args.slice(0, -1)).toEqual(['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe(CREDENTIAL_MANAGER_SCRIPT);
    expect(stdin).toMatch(/^[\x20-\x7e]+$/); // the console code page cannot touch it
    const request = JSON.parse(stdin) as Record<string, string | number>;
    return { code: 0, stdout: JSON.stringify(this.answer(request)), stderr: '' };
  };

  private answer(request: Record<string, string | number>): Record<string, unknown> {
    if (this.failWith !== undefined) return { error: this.failWith };
    const target = text(String(request.targetName));
    const key = target.toUpperCase();
    switch (request.op) {
      case 'write':
        this.credentials.set(key, {
          targetName: target,
          type: Number(request.type),
          persist: Number(request.persist),
          userName: text(String(request.userName)),
          blob: Buffer.from(String(request.blob), 'base64'),
        });
        return { error: 0 };
      case 'read': {
        const found = this.credentials.get(key);
        if (found === undefined || found.type !== Number(request.type)) return { error: 1168 };
        return {
          error: 0,
          credential: { targetName: base64(found.targetName), type: found.type, persist: found.persist, userName: base64(found.userName), blob: found.blob.toString('base64') },
        };
      }
      case 'delete':
        return { error: this.credentials.delete(key) ? 0 : 1168 };
      default:
        throw new Error(`the script has no operation ${String(request.op)}`);
    }
  }
}
