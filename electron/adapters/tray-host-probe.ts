/** Asks the session bus whether a tray host (StatusNotifierWatcher) runs; see services/tray/tray-host. */
import { execFile } from 'node:child_process';
import { hasTrayHost, parseNameHasOwnerReply, type LinuxEnv } from '../services/tray';

/** Runs a program and resolves its stdout; rejects when it cannot run or fails. */
export type RunCommand = (file: string, args: readonly string[]) => Promise<string>;

const WATCHER = 'org.kde.StatusNotifierWatcher';
const QUERIES: readonly (readonly [string, readonly string[]])[] = [
  ['gdbus', ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus',
    '--method', 'org.freedesktop.DBus.NameHasOwner', WATCHER]],
  ['dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${WATCHER}`]],
];

const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 2000, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });

/** True/false when `gdbus` or `dbus-send` could ask the bus; undefined when neither could. */
export async function askStatusNotifierWatcher(run: RunCommand = runCommand): Promise<boolean | undefined> {
  for (const [file, args] of QUERIES) {
    try {
      const answer = parseNameHasOwnerReply(await run(file, args));
      if (answer !== undefined) return answer;
    } catch {
      // Tool missing or no session bus: try the next one, then fall back to the heuristic.
    }
  }
  return undefined;
}

export interface TrayHostDetection {
  readonly platform: NodeJS.Platform;
  readonly env: LinuxEnv;
  readonly ask?: () => Promise<boolean | undefined>;
  readonly attempts?: number;
  readonly retryDelayMs?: number;
  readonly wait?: (ms: number) => Promise<void>;
}

/**
 * Whether a tray icon will be visible. Started at login, the app may come up before the panel
 * registers its watcher, so a "no" is asked again a few times before it counts.
 */
export async function detectTrayHost(detection: TrayHostDetection): Promise<boolean> {
  const { platform, env } = detection;
  if (platform !== 'linux') return true;
  const ask = detection.ask ?? (() => askStatusNotifierWatcher());
  const attempts = detection.attempts ?? 4;
  const wait = detection.wait ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    const watcher = await ask();
    if (watcher !== false || attempt >= attempts) return hasTrayHost(platform, env, watcher);
    await wait(detection.retryDelayMs ?? 1500);
  }
}
