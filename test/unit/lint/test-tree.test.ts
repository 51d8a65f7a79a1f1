// The unit tests mirror the source folder for folder (docs/ARCHITECTURE.md, "How to test each
// layer"): test/unit/<path>/<module>.test.ts tests electron/<path>/<module>.ts, and
// test/unit/renderer/<path>/<Module>.test.tsx tests renderer/src/<path>/<Module>.tsx. Several files
// about one module add an aspect after a dot: vault.keyring.test.ts. Only the folders below test
// what no one module holds.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = 'test/unit';

/** Test folders that mirror another source root than electron/. */
const MIRRORS: ReadonlyArray<readonly [testFolder: string, sourceRoot: string]> = [
  ['renderer/', 'renderer/src/'],
  ['scripts/', 'scripts/'],
  ['conformance/', 'test/conformance/'],
];

/** Cross-cutting tests, named after what they test: lint rules and source rules, the installer config. */
const CROSS_CUTTING = ['lint/', 'packaging/'];

/** The source file a test file (relative to test/unit) is named after, or undefined if it is cross-cutting. */
function sourceCandidates(testFile: string): string[] | undefined {
  if (CROSS_CUTTING.some((folder) => testFile.startsWith(folder))) return undefined;
  const [testFolder, sourceRoot] = MIRRORS.find(([folder]) => testFile.startsWith(folder)) ?? ['', 'electron/'];
  const { dir, base } = path.posix.parse(testFile.slice(testFolder.length));
  const module = base.split('.')[0]!;
  return ['.ts', '.tsx'].map((ext) => path.posix.join(sourceRoot, dir, module + ext));
}

/** The test files (relative to test/unit) whose path names no source module. */
function unmirrored(testFiles: readonly string[], exists: (file: string) => boolean): string[] {
  return testFiles.filter((file) => {
    const candidates = sourceCandidates(file);
    return candidates !== undefined && !candidates.some(exists);
  });
}

const unitTestFiles = (): string[] =>
  readdirSync(UNIT, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.test\.tsx?$/.test(file));

describe('the unit test tree', () => {
  it('names an existing source module in every test file’s path, outside the cross-cutting folders', () => {
    expect(unitTestFiles().length).toBeGreaterThan(100);
    expect(unmirrored(unitTestFiles(), existsSync)).toEqual([]);
  });

  it('flags a test under a folder or a name that no source file has; an aspect after a dot is fine', () => {
    const planted = ['services/vault/vault.keyring.test.ts', 'services/vault/no-such-module.test.ts', 'vault/vault.test.ts', 'renderer/authids/AuthIdRow.test.tsx', 'renderer/AuthIdRow.test.tsx', 'lint/anything.test.ts', 'main.test.ts'];
    expect(unmirrored(planted, existsSync)).toEqual(['services/vault/no-such-module.test.ts', 'vault/vault.test.ts', 'renderer/AuthIdRow.test.tsx']);
  });
});
