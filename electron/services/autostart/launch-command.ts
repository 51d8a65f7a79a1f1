/** The command that starts this very installation again, for start-at-login entries. */
import path from 'node:path';

export interface LaunchCommand {
  readonly executable: string;
  /** Arguments before `--hidden`, e.g. the app folder when running from a development checkout. */
  readonly args: readonly string[];
}

export interface LaunchCommandSource {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.execPath`. */
  readonly execPath: string;
  readonly args?: readonly string[] | undefined;
}

/**
 * An AppImage runs from a fresh temporary mount ($APPDIR, /tmp/.mount_XXXX) each time, so its
 * `process.execPath` dies with the process; the runtime puts the AppImage file in `$APPIMAGE`.
 * That variable leaks into programs an AppImage starts, so it counts only when we run from $APPDIR.
 * Electron-builder's portable Windows exe does the same with `PORTABLE_EXECUTABLE_FILE`.
 * A deb or an installed app runs from its real path.
 */
export function currentLaunchCommand(source: LaunchCommandSource): LaunchCommand {
  const { env, execPath } = source;
  const appImage = nonEmpty(env.APPIMAGE);
  const appDir = nonEmpty(env.APPDIR);
  const insideAppImage = appImage !== undefined && (appDir === undefined || isInside(execPath, appDir));
  const executable = (insideAppImage ? appImage : undefined) ?? nonEmpty(env.PORTABLE_EXECUTABLE_FILE) ?? execPath;
  return { executable, args: source.args ?? [] };
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value !== '' ? value : undefined;
}
