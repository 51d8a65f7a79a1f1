// Log capture for the secret-leak check: every console call and every write to stdout/stderr
// made while a test file runs is recorded, and the file fails if any registered secret (an
// AuthID, refresh or access token the test servers or the vault handled) shows up in it.
import { afterAll, expect } from 'vitest';
import { leakedSecrets, recordOutput } from '../fixtures/leak-check/secret-registry';
import { format } from 'node:util';

for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    recordOutput(format(...args));
    original(...args);
  };
}
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    recordOutput(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

afterAll(() => {
  expect(leakedSecrets(), 'secrets in log output or error messages').toEqual([]);
});
