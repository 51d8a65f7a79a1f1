// The fixtures leave nothing running once a test has closed what it opened (the renderer's
// static server, servers, browser): a script that uses them exits by itself.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it  } from 'vitest';

const TSX = createRequire(import.meta.url).resolve('tsx');
const LIMIT_MS = 100_000;

it('a script that opens the app in Chromium and closes it again exits on its own', { timeout: LIMIT_MS + 20_000 }, async () => {
  const outcome = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, ['--import', TSX, 'test/e2e/support/open-and-close-app.ts'], { timeout: LIMIT_MS }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr }),
    );
  });
  expect(outcome.stdout, outcome.stderr).toContain('closed everything');
  // Killed at the limit (signal set) would mean something was still holding the process open.
  expect({ code: outcome.code, signal: outcome.signal }).toEqual({ code: 0, signal: null });
});
