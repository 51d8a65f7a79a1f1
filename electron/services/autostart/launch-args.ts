/** `--hidden`: start to the tray with no window. The autostart entries pass it; launches read it. */
export const HIDDEN_ARG = '--hidden';

/**
 * Whether this launch should stay in the tray. macOS login items cannot carry arguments
 * (SMAppService), so there `openedAtLogin` (`getLoginItemSettings().wasOpenedAtLogin`) stands in.
 */
export function wantsHiddenStart(argv: readonly string[], openedAtLogin = false): boolean {
  return openedAtLogin || argv.includes(HIDDEN_ARG);
}
