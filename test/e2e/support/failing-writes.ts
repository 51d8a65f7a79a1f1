/**
 * A settings or vault file the disk refuses to replace (as when it is full or read-only), and
 * the one crash report main then makes: the test expects exactly that report, nothing else.
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { RealApp } from '../../fixtures/app/real-app';
import type { AppHost } from './app-host';

/** Every later write of `document` (e.g. 'vault', 'settings') fails: a folder now stands where its file was. */
export function refuseWrites(app: Pick<RealApp, 'folder'>, document: string): void {
  const file = app.folder.file(`${document}.json`);
  rmSync(file, { force: true });
  mkdirSync(file);
}

/** The end-of-test check of `host` then requires one crash report of `request` and ignores only that. */
export function expectCrashReport(host: AppHost, request: string): void {
  const reported = host.problems;
  Object.assign(host, {
    problems: (): readonly string[] => {
      const all = reported();
      const index = all.findIndex((problem) => problem.startsWith(`Handler "${request}" crashed:`));
      return index < 0 ? [...all, `Expected main to report a crash of "${request}".`] : all.filter((_, at) => at !== index);
    },
  });
}
