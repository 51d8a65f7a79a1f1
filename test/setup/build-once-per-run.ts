// Vitest global setup: one fresh folder per test run where the first test file that needs the
// built app records its build (see test/security/built-app.ts). A folder named after something
// that repeats (a process id) would outlive its run and let a later run, or another checkout,
// take an old build for its own; this one is made new for each run and removed after it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's build folder: holds the build's result once one test file made it. */
    appBuildRunDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'authid-manager-build-run-'));
  project.provide('appBuildRunDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
