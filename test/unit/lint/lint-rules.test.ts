// The project's own lint rules, run through ESLint's Node API on planted code with the real
// eslint.config.js: a wait without a limit, a fixed sleep and a `test` call fail in tests;
// evaluating `electron` fails outside the adapters; each layer rule, and a deep import into a
// service folder, fails; focus moved from a passive effect fails in the renderer.
import { ESLint } from 'eslint';
import { describe, expect, it  } from 'vitest';

// Planted code is in no tsconfig project, so the type-aware rules (and the type parser) are off here.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function lintMessages(code: string, filePath: string, ruleIds: readonly string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => ruleIds.includes(m.ruleId ?? '')).map((m) => m.message);
}

const restrictedSyntax = (code: string, filePath: string) => lintMessages(code, filePath, ['no-restricted-syntax', '@typescript-eslint/no-restricted-imports']);

const IN_TEST = 'test/unit/planted.test.ts';
const preamble = "import { expect, vi } from 'vitest';\ndeclare const read: () => number;\n";

describe('wait rules in tests', () => {
  it('a bare expect.poll fails lint; one with a limit passes', async () => {
    expect(await restrictedSyntax(`${preamble}await expect.poll(read).toBe(1);\n`, IN_TEST)).toEqual([expect.stringContaining('expect.poll needs an explicit limit')]);
    expect(await restrictedSyntax(`${preamble}await expect.poll(read, { timeout: 10_000 }).toBe(1);\n`, IN_TEST)).toEqual([]);
  });

  it('a bare vi.waitFor fails lint; one with a limit passes', async () => {
    expect(await restrictedSyntax(`${preamble}await vi.waitFor(() => expect(read()).toBe(1));\n`, IN_TEST)).toEqual([expect.stringContaining('vi.waitFor needs an explicit limit')]);
    expect(await restrictedSyntax(`${preamble}await vi.waitFor(() => expect(read()).toBe(1), { timeout: 10_000 });\n`, IN_TEST)).toEqual([]);
  });

  it('a fixed sleep fails lint, whichever way it is written', async () => {
    const sleepMessage = expect.stringContaining('A fixed sleep in a test flakes');
    expect(await restrictedSyntax('await new Promise((resolve) => setTimeout(resolve, 300));\n', IN_TEST)).toEqual([sleepMessage]);
    expect(await restrictedSyntax("import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep(300);\n", IN_TEST)).toEqual([sleepMessage]);
    // A timer that bounds a wait for an event is fine.
    expect(await restrictedSyntax('await new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 10_000));\n', IN_TEST)).toEqual([]);
  });

  it('the bench may measure time; app code is not held to the test rules', async () => {
    const sleep = 'await new Promise((resolve) => setTimeout(resolve, 300));\n';
    expect(await restrictedSyntax(sleep, 'test/bench/planted.ts')).toEqual([]);
    expect(await restrictedSyntax(sleep, 'electron/services/planted.ts')).toEqual([]);
  });
});

describe('the electron rule', () => {
  it('a value import of electron fails outside the adapters; a type import passes', async () => {
    expect(await restrictedSyntax("import { app } from 'electron';\napp.quit();\n", 'electron/services/planted.ts')).toEqual([expect.stringContaining('may import electron as a value')]);
    expect(await restrictedSyntax("import type { App } from 'electron';\nexport type A = App;\n", 'electron/services/planted.ts')).toEqual([]);
    expect(await restrictedSyntax("import { app } from 'electron';\napp.quit();\n", 'electron/adapters/planted.ts')).toEqual([]);
  });
});

describe('the layer rules', () => {
  const fails = (message: string) => [expect.stringContaining(message)];

  it('services import nothing from ipc, app, adapters or the renderer', async () => {
    const message = 'electron/services is Electron-free domain logic';
    for (const from of ['../../ipc/views', '../../app/app-core', '../../adapters/tray', '../../../renderer/src/main']) {
      expect(await restrictedSyntax(`import type { X } from '${from}';\nexport type Y = X;\n`, 'electron/services/vault/planted.ts')).toEqual(fails(message));
    }
    expect(await restrictedSyntax("import type { Health } from '../authids';\nexport type Y = Health;\n", 'electron/services/vault/planted.ts')).toEqual([]);
  });

  it('other folders import a service folder only through its index.ts', async () => {
    const message = 'Each folder under electron/services offers its public API in its index.ts';
    const deepImports: [from: string, planted: string][] = [
      ['../authids/health', 'electron/services/vault/planted.ts'],
      ['../authids/index', 'electron/services/vault/planted.ts'],
      ['../../providers/provider-lookup', 'electron/services/duplicati/session/planted.ts'],
      ['../services/vault/vault', 'electron/app/planted.ts'],
      ['../../services/vault/vault-record', 'electron/app/handlers/planted.ts'],
      ['../services/authids/health', 'electron/ipc/planted.ts'],
      ['../services/settings/settings', 'electron/adapters/planted.ts'],
      ['./services/vault/vault', 'electron/main.ts'],
    ];
    for (const [from, planted] of deepImports) {
      expect(await restrictedSyntax(`import type { X } from '${from}';\nexport type Y = X;\n`, planted), `${from} in ${planted}`).toEqual(fails(message));
    }
    // The folder itself, and a service's own files at any depth, are fine.
    const allowed: [from: string, planted: string][] = [
      ['../authids', 'electron/services/vault/planted.ts'],
      ['./vault-record', 'electron/services/vault/planted.ts'],
      ['../../providers', 'electron/services/duplicati/session/planted.ts'],
      ['../ports', 'electron/services/duplicati/session/planted.ts'],
      ['../views/duplicati-views', 'electron/services/duplicati/session/planted.ts'],
      ['../services/vault', 'electron/app/planted.ts'],
      ['./services/vault', 'electron/main.ts'],
    ];
    for (const [from, planted] of allowed) {
      expect(await restrictedSyntax(`import type { X } from '${from}';\nexport type Y = X;\n`, planted), `${from} in ${planted}`).toEqual([]);
    }
  });

  it('app imports no adapter; services are fine', async () => {
    expect(await restrictedSyntax("import { createTray } from '../adapters/tray';\nexport const y = createTray;\n", 'electron/app/planted.ts')).toEqual(fails('electron/app composes services and never imports an adapter'));
    expect(await restrictedSyntax("import { createTray } from '../../adapters/tray';\nexport const y = createTray;\n", 'electron/app/handlers/planted.ts')).toEqual(fails('never imports an adapter'));
    expect(await restrictedSyntax("import { openVault } from '../services/vault';\nexport const y = openVault;\n", 'electron/app/planted.ts')).toEqual([]);
  });

  it('the renderer imports only types, and only from electron/ipc', async () => {
    const planted = 'renderer/src/app/planted.ts';
    expect(await restrictedSyntax("import { REQUESTS } from '../../../electron/ipc/contract';\nexport const y = REQUESTS;\n", planted)).toEqual(fails('The renderer imports only types from electron/ipc'));
    expect(await restrictedSyntax("import type { Health } from '../../../electron/services/authids/health';\nexport type Y = Health;\n", planted)).toEqual(fails('The renderer imports nothing from electron/ but the IPC contract'));
    expect(await restrictedSyntax("import type { AppStateView } from '../../../electron/ipc/views';\nexport type Y = AppStateView;\n", planted)).toEqual([]);
  });

  it('the AuthID server imports nothing from the rest of electron/, at any depth', async () => {
    const message = 'electron/authid-server stands alone';
    expect(await restrictedSyntax("import { UserFacingError } from '../services/errors/user-facing-error';\nexport const y = UserFacingError;\n", 'electron/authid-server/planted.ts')).toEqual(fails(message));
    expect(await restrictedSyntax("import type { Health } from '../../services/authids/health';\nexport type Y = Health;\n", 'electron/authid-server/handlers/planted.ts')).toEqual(fails(message));
    // Its own folders are fine, from any depth.
    expect(await restrictedSyntax("import { readForm } from '../http/read-form';\nexport const y = readForm;\n", 'electron/authid-server/handlers/planted.ts')).toEqual([]);
    expect(await restrictedSyntax("import { router } from './router';\nexport const y = router;\n", 'electron/authid-server/planted.ts')).toEqual([]);
  });
});

describe('one test style', () => {
  it('a test() call fails lint in any test folder, inside a describe or not; it() passes', async () => {
    const testStyle = (code: string, filePath: string) => lintMessages(code, filePath, ['vitest/consistent-test-it']);
    const planted = "import { describe, expect, test } from 'vitest';\ntest('a', () => expect(1).toBe(1));\ndescribe('b', () => {\n  test.each([1])('c %i', (n) => expect(n).toBe(1));\n});\n";
    for (const file of [IN_TEST, 'test/integration/planted.test.ts', 'test/e2e/planted.test.ts']) {
      // The import, the call at the top and the call within the describe.
      expect(await testStyle(planted, file)).toEqual(['Prefer using it instead of test', 'Prefer using it instead of test', 'Prefer using it instead of test within describe']);
    }
    expect(await testStyle("import { describe, expect, it } from 'vitest';\nit('a', () => expect(1).toBe(1));\ndescribe('b', () => {\n  it.each([1])('c %i', (n) => expect(n).toBe(1));\n});\n", IN_TEST)).toEqual([]);
  });
});

describe('focus in the renderer', () => {
  it('focus moved from useEffect fails lint, directly or through a focus helper; useLayoutEffect passes', async () => {
    const file = 'renderer/src/planted.tsx';
    const component = (hook: string, call: string) =>
      `import { ${hook}, useRef } from 'react';\ndeclare function focusPanel(e: HTMLElement | null): void;\nexport function P() {\n  const r = useRef<HTMLElement>(null);\n  ${hook}(() => { ${call}; }, []);\n  return null;\n}\n`;
    const fails = [expect.stringContaining('Move focus in useLayoutEffect')];
    expect(await restrictedSyntax(component('useEffect', 'r.current?.focus()'), file)).toEqual(fails);
    expect(await restrictedSyntax(component('useEffect', 'focusPanel(r.current)'), file)).toEqual(fails);
    expect(await restrictedSyntax(component('useLayoutEffect', 'r.current?.focus()'), file)).toEqual([]);
    expect(await restrictedSyntax(component('useEffect', 'r.current?.scrollIntoView()'), file)).toEqual([]);
    // A key handler the effect installs moves focus when the key is pressed, not after a commit.
    expect(await restrictedSyntax(component('useEffect', "window.addEventListener('keydown', () => r.current?.focus())"), file)).toEqual([]);
  });
});
