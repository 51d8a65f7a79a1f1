// Lint rules. The one that matters most: only main.ts, preload.ts and the adapters may
// evaluate `electron` (elsewhere it would try to download its binary); `import type` is fine.
// In tests: every wait waits for an event or names its limit (see waitRules), and every test is an
// `it` (vitest/consistent-test-it). The layers (services, app, renderer, authid-server) may import
// only what docs/ARCHITECTURE.md allows them, and a service folder only through its index.ts.
// In the renderer, focus moves in a layout effect (focusInPassiveEffect).
import vitest from '@vitest/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electronValueImport = {
  paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/adapters/** may import electron as a value; use `import type` elsewhere.', allowTypeImports: true }],
};

/**
 * The layers (docs/ARCHITECTURE.md). Each rule lists the electron value import too: a later
 * config's option for a rule replaces an earlier one's, it does not add to it.
 */
const layerImports = (...patterns) => ['error', { ...electronValueImport, patterns }];

const throughIndexMessage = "Each folder under electron/services offers its public API in its index.ts: import the folder (e.g. '../services/vault'), not a file inside it. If what you need is missing, export it from that index.ts.";

/** From outside electron/services: any path into a service folder's files. */
const serviceThroughIndex = { regex: '(^|/)services/[^/]+/', message: throughIndexMessage };

/**
 * From a service file `depth` folders below electron/services: "../" that many times reaches
 * electron/services, so a further folder and file is another service's inside.
 */
const serviceThroughIndexAt = (depth) => ({ regex: `^(\\.\\./){${depth}}[^./][^/]*/`, message: throughIndexMessage });

const servicesOuterLayers = {
  regex: '(^|/)(ipc|app|adapters|renderer)(/|$)',
  message: 'electron/services is Electron-free domain logic: it imports nothing from electron/ipc, electron/app, electron/adapters or renderer. Move the type into services and let the outer layer import it.',
};

/** A file `depth` folders below electron/services: the services rule, and other service folders through their index. */
const servicesLayer = (depth) => ({
  files: [`electron/services/${'*/'.repeat(depth)}*.ts`],
  rules: { '@typescript-eslint/no-restricted-imports': layerImports(servicesOuterLayers, serviceThroughIndexAt(depth)) },
});

const appLayer = layerImports(
  {
    regex: '(^|/)adapters(/|$)',
    message: 'electron/app composes services and never imports an adapter: take what the adapter does as a port (an interface in the deps), and let main.ts pass the adapter in.',
  },
  serviceThroughIndex,
);

const rendererLayer = layerImports(
  {
    regex: '(^|/)electron/(?!ipc/)',
    message: 'The renderer imports nothing from electron/ but the IPC contract and its view types (electron/ipc, `import type`).',
  },
  {
    regex: '(^|/)electron/ipc/',
    allowTypeImports: true,
    message: 'The renderer imports only types from electron/ipc (`import type`): it reaches main through window.authIds alone.',
  },
);

/** A file `depth` folders below electron/authid-server leaves it with `depth` times "../". */
const authIdServerLayer = (depth) => ({
  files: [`electron/authid-server/${'*/'.repeat(depth - 1)}*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': layerImports({
      regex: `^(\\.\\./){${depth}}|(^|/)electron/`,
      message: 'electron/authid-server stands alone (it also ships as its own server): it imports nothing from the rest of electron/.',
    }),
  },
});

const electronRequire = {
  selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
  message: 'Only main.ts, preload.ts and the adapters may require electron.',
};

/**
 * Focus moves in the commit that changes the screen (useLayoutEffect): from a passive effect it
 * lands a moment after the new controls appear, so a quick keypress, a screen reader, or a test
 * that waits for the controls meets focus still on the page body.
 */
const focusInPassiveEffect = {
  // Called in the effect's own body (component, effect: two functions deep), not in a handler it installs.
  selector:
    "CallExpression[callee.name='useEffect'] > :function CallExpression:matches([callee.property.name='focus'], [callee.name=/^focus[A-Z]/]):not(:function :function :function CallExpression)",
  message: 'Move focus in useLayoutEffect, not useEffect: it then moves in the same commit as the change on screen.',
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
    // Promises are awaited, returned, or `void`ed with a reason; none is handed where a plain callback is expected.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    // A missing effect dependency is a stale-state bug, not a style point.
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', electronValueImport],
      'no-restricted-syntax': ['error', electronRequire],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/services/**', 'electron/authid-server/**'],
    rules: { '@typescript-eslint/no-restricted-imports': layerImports(serviceThroughIndex) },
  },
  // Deeper than the folders below: at least the layer rule.
  { files: ['electron/services/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': layerImports(servicesOuterLayers) } },
  servicesLayer(1),
  servicesLayer(2),
  servicesLayer(3),
  { files: ['electron/app/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': appLayer } },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': rendererLayer, 'no-restricted-syntax': ['error', electronRequire, focusInPassiveEffect] } },
  authIdServerLayer(1),
  authIdServerLayer(2),
  authIdServerLayer(3),
  {
    // The bench measures time on purpose; everything else under test/ waits for events.
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/bench/**'],
    rules: { 'no-restricted-syntax': ['error', electronRequire, ...waitRules] },
  },
  {
    // One style across unit, integration and e2e: `it`, which most tests used.
    files: ['test/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: { 'vitest/consistent-test-it': ['error', { fn: 'it', withinDescribe: 'it' }] },
  },
  {
    // These may evaluate electron; service folders still only through their index.
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serviceThroughIndex] }], 'no-restricted-syntax': 'off' },
  },
);
