// Lint rules. The one that matters most: only main.ts, preload.ts and the adapters may
// evaluate `electron` (elsewhere it would try to download its binary); `import type` is fine.
import tseslint from 'typescript-eslint';

const electronValueImport = {
  paths: [{ name: 'electron', message: 'Only electron/main.ts, electron/preload.ts and electron/adapters/** may import electron as a value; use `import type` elsewhere.', allowTypeImports: true }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', electronValueImport],
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.name='require'][arguments.0.value='electron']",
        message: 'Only main.ts, preload.ts and the adapters may require electron.',
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/adapters/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
