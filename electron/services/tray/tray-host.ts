/**
 * Will anything show our tray icon? Only Linux can lack a tray host: GNOME Shell dropped the
 * legacy (XEmbed) tray and shows StatusNotifierItem icons only with the AppIndicator extension.
 *
 * The reliable sign is a StatusNotifierWatcher on the session bus, which the adapter asks with
 * `gdbus`/`dbus-send` (no npm dependency). When the bus cannot be asked, a heuristic decides:
 * plain GNOME has no tray host, Ubuntu's GNOME ships the AppIndicator extension enabled, and other
 * desktops (KDE, Xfce, Cinnamon, MATE, LXQt, Budgie…) have one. Without a watcher, Electron still
 * falls back to an XEmbed icon, which X11 panels show but GNOME and Wayland sessions do not.
 */
export type LinuxEnv = Readonly<Record<string, string | undefined>>;

/** `watcher`: whether org.kde.StatusNotifierWatcher has an owner, or undefined when unknown. */
export function hasTrayHost(platform: NodeJS.Platform, env: LinuxEnv, watcher: boolean | undefined): boolean {
  if (platform !== 'linux') return true;
  if (watcher === true) return true;
  const desktops = (env.XDG_CURRENT_DESKTOP ?? '').toLowerCase().split(':');
  const gnome = desktops.includes('gnome');
  if (watcher === false) return !gnome && !isWayland(env);
  return !gnome || desktops.includes('ubuntu');
}

function isWayland(env: LinuxEnv): boolean {
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

/** Reads a NameHasOwner reply from `gdbus call` ("(true,)") or `dbus-send --print-reply` ("boolean true"). */
export function parseNameHasOwnerReply(stdout: string): boolean | undefined {
  const match = /\(\s*(true|false)\s*,?\s*\)|boolean\s+(true|false)/.exec(stdout);
  const word = match?.[1] ?? match?.[2];
  return word === undefined ? undefined : word === 'true';
}
