// The project's own lint rules, run through ESLint's Node API on planted code with the real
// eslint.config.js: a wait without a limit and a fixed sleep fail in tests; evaluating
// `electron` fails outside the adapters.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedSyntax(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const IN_TEST = 'test/unit/planted.test.ts';
const preamble = "import { expect, vi } from 'vitest';\ndeclare const read: () => number;\n";

describe('wait rules in tests', () => {
  test('a bare expect.poll fails lint; one with a limit passes', async () => {
    expect(await restrictedSyntax(`${preamble}await expect.poll(read).toBe(1);\n`, IN_TEST)).toEqual([expect.stringContaining('expect.poll needs an explicit limit')]);
    expect(await restrictedSyntax(`${preamble}await expect.poll(read, { timeout: 10_000 }).toBe(1);\n`, IN_TEST)).toEqual([]);
  });

  test('a bare vi.waitFor fails lint; one with a limit passes', async () => {
    expect(await restrictedSyntax(`${preamble}await vi.waitFor(() => expect(read()).toBe(1));\n`, IN_TEST)).toEqual([expect.stringContaining('vi.waitFor needs an explicit limit')]);
    expect(await restrictedSyntax(`${preamble}await vi.waitFor(() => expect(read()).toBe(1), { timeout: 10_000 });\n`, IN_TEST)).toEqual([]);
  });

  test('a fixed sleep fails lint, whichever way it is written', async () => {
    const sleepMessage = expect.stringContaining('A fixed sleep in a test flakes');
    expect(await restrictedSyntax('await new Promise((resolve) => setTimeout(resolve, 300));\n', IN_TEST)).toEqual([sleepMessage]);
    expect(await restrictedSyntax("import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep(300);\n", IN_TEST)).toEqual([sleepMessage]);
    // A timer that bounds a wait for an event is fine.
    expect(await restrictedSyntax('await new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 10_000));\n', IN_TEST)).toEqual([]);
  });

  test('the bench may measure time; app code is not held to the test rules', async () => {
    const sleep = 'await new Promise((resolve) => setTimeout(resolve, 300));\n';
    expect(await restrictedSyntax(sleep, 'test/bench/planted.ts')).toEqual([]);
    expect(await restrictedSyntax(sleep, 'electron/services/planted.ts')).toEqual([]);
  });
});

describe('the electron rule', () => {
  test('a value import of electron fails outside the adapters; a type import passes', async () => {
    expect(await restrictedSyntax("import { app } from 'electron';\napp.quit();\n", 'electron/services/planted.ts')).toEqual([expect.stringContaining('may import electron as a value')]);
    expect(await restrictedSyntax("import type { App } from 'electron';\nexport type A = App;\n", 'electron/services/planted.ts')).toEqual([]);
    expect(await restrictedSyntax("import { app } from 'electron';\napp.quit();\n", 'electron/adapters/planted.ts')).toEqual([]);
  });
});
