// Runs Doyensec's electronegativity programmatically (it ships no types; this is the part used).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export interface Finding {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly sample?: string;
  readonly description: string;
  readonly manualReview: boolean;
  readonly severity: { readonly name: string };
  readonly confidence: { readonly name: string };
}

export interface ScanResult {
  readonly globalChecks: number;
  readonly atomicChecks: number;
  /** Files it could not parse (tolerable: parsed with warnings). */
  readonly errors: readonly { readonly file: string; readonly message: string; readonly tolerable: boolean }[];
  readonly issues: readonly Finding[];
}

interface RunOptions {
  readonly input: string;
  readonly excludeFromScan: readonly string[];
  readonly electronVersionOverride: string;
  readonly isRelative: boolean;
}

const require = createRequire(import.meta.url);

/**
 * electronegativity fetches updated message translations from the internet before every scan.
 * Nothing in a test may leave this machine, so its translation loader is swapped (in Node's
 * module cache, before the scanner loads it) for one that uses only its bundled English.
 */
function useBundledTranslationsOnly(): void {
  const loaderPath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = createRequire(loaderPath)('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  const offline = async (): Promise<void> => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(loaderPath), updateFiles: false, objectNotation: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  require.cache[loaderPath] = { id: loaderPath, filename: loaderPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
}

useBundledTranslationsOnly();
const run = require('@doyensec/electronegativity') as (options: RunOptions) => Promise<ScanResult>;

/**
 * Checks that need the internet. AvailableSecurityFixesGlobalCheck downloads Electron's release
 * list to compare versions; offline it would fail, and keeping Electron current is a dependency
 * update's job, not this scan's.
 */
export const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'] as const;

/** The installed Electron's version, read from its package.json (never evaluating the package). */
export function installedElectronVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Scans a folder of built JavaScript and HTML, offline.
 */
export function scan(input: string): Promise<ScanResult> {
  return run({ input, excludeFromScan: ONLINE_CHECKS, electronVersionOverride: installedElectronVersion(), isRelative: true });
}
