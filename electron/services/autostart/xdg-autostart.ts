/**
 * Start at login on Linux (and other XDG desktops): a `.desktop` entry in the user's autostart
 * folder, named after the app id.
 *
 * Hand-written rather than `auto-launch`: that package ignores $XDG_CONFIG_HOME, escapes spaces
 * with backslashes instead of the spec's double quotes, reports "enabled" for an entry that points
 * at an old AppImage location, and brings two dependencies for about sixty lines of file I/O.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Autostart } from '../settings';
import { formatExec, readDesktopEntryGroup, splitExec } from './desktop-entry';
import { HIDDEN_ARG } from './launch-args';
import type { LaunchCommand } from './launch-command';

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset, empty or relative (XDG Base Directory spec). */
export function xdgAutostartDir(env: Readonly<Record<string, string | undefined>>, homeDir: string): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base = configHome && path.isAbsolute(configHome) ? configHome : path.join(homeDir, '.config');
  return path.join(base, 'autostart');
}

export interface XdgAutostartOptions {
  /** The autostart folder (`xdgAutostartDir`). */
  readonly dir: string;
  readonly appId: string;
  readonly appName: string;
  readonly command: LaunchCommand;
}

function autostartEntryText(options: Pick<XdgAutostartOptions, 'appName' | 'command'>): string {
  const { command } = options;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.4', // 1.5 adds nothing used here, and older validators reject it
    `Name=${options.appName.replace(/\s+/g, ' ')}`,
    'Comment=Keeps Duplicati AuthIDs fresh from the tray',
    `Exec=${formatExec([command.executable, ...command.args, HIDDEN_ARG])}`,
    'Terminal=false',
    'StartupNotify=false',
    'X-GNOME-Autostart-enabled=true',
    // Plasma: start after the panel, so the tray host is there when the icon registers.
    'X-KDE-autostart-after=panel',
    '',
  ].join('\n');
}

export function createXdgAutostart(options: XdgAutostartOptions): Autostart {
  const file = path.join(options.dir, `${options.appId}.desktop`);
  return {
    async isEnabled() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return false;
      }
      return startsThisApp(readDesktopEntryGroup(text), options.command);
    },
    async setEnabled(enabled) {
      if (!enabled) {
        await rm(file, { force: true });
        return;
      }
      await mkdir(options.dir, { recursive: true, mode: 0o700 });
      // Write beside and rename, so a crash never leaves half an entry that the session would run.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, autostartEntryText(options), { mode: 0o644 });
      await rename(temporary, file);
    },
  };
}

/** The entry is active and its command is this installation (not, say, an AppImage since moved). */
function startsThisApp(keys: ReadonlyMap<string, string>, command: LaunchCommand): boolean {
  if (keys.get('Hidden') === 'true' || keys.get('X-GNOME-Autostart-enabled') === 'false') return false;
  const exec = keys.get('Exec');
  if (exec === undefined) return false;
  const argv = splitExec(exec);
  const expected = [command.executable, ...command.args];
  return expected.every((arg, i) => argv[i] === arg);
}
