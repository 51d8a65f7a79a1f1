/**
 * Runs an OS tool with its input on stdin, never through a shell and never with a secret among
 * its arguments (other users can read a process's arguments; nobody else can read its stdin).
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** null when the process was killed (timeout). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export type ProcessRunner = (command: string, args: readonly string[], stdin: string) => Promise<ProcessResult>;

/** Long enough for the user to answer an OS access or unlock dialog the tool may show. */
const TIMEOUT_MS = 120_000;

export const runProcess: ProcessRunner = (command, args, stdin) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { shell: false, windowsHide: true, timeout: TIMEOUT_MS, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a tool that exits early closes its stdin; its exit code says why
    child.stdin.end(stdin);
  });

/** The spawn failed because the tool is not installed here. */
export function isMissingTool(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
