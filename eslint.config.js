// Lint rules. The one that matters most: only main.ts, preload.ts and the adapters may
// evaluate `electron` (elsewhere it would try to download its binary); `import type` is fine.
// In tests: every wait waits for an event or names its limit (see waitRules).
import tseslint from 'typescript-eslint';

const electronValueImport = {
  paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/adapters/** may import electron as a value; use `import type` elsewhere.', allowTypeImports: true }],
};

const electronRequire = {
  selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
  message: 'Only main.ts, preload.ts and the adapters may require electron.',
};

/**
 * A default poll limit (1 s for expect.poll and vi.waitFor) is a flake on a busy machine, and a
 * fixed sleep is one on any machine: wait for the event itself, or give the poll its limit.
 */
export const waitRules = [
  {
    selector: "CallExpression[callee.object.name='expect'][callee.property.name='poll'][arguments.length<2]",
    message: 'expect.poll needs an explicit limit with room, e.g. expect.poll(fn, { timeout: 10_000 }); better, wait for the event itself.',
  },
  {
    selector: "CallExpression[callee.object.name='vi'][callee.property.name='waitFor'][arguments.length<2]",
    message: 'vi.waitFor needs an explicit limit with room, e.g. vi.waitFor(fn, { timeout: 10_000 }); better, wait for the event itself.',
  },
  {
    selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout'][arguments.0.type='Identifier']",
    message: 'A fixed sleep in a test flakes: wait for the event itself (a promise, page.waitForEvent, locator.waitFor, WatchedArray.until).',
  },
  {
    selector: "ImportDeclaration[source.value=/^(node:)?timers\\u002Fpromises$/]",
    message: 'A fixed sleep in a test flakes: wait for the event itself (a promise, page.waitForEvent, locator.waitFor, WatchedArray.until).',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'out-server/**', 'dist/**', 'node_modules/**', 'docs/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', electronValueImport],
      'no-restricted-syntax': ['error', electronRequire],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The bench measures time on purpose; everything else under test/ waits for events.
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/bench/**'],
    rules: { 'no-restricted-syntax': ['error', electronRequire, ...waitRules] },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
