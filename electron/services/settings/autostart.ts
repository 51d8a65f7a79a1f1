/** The port to the OS's start-at-login mechanism; the real state lives there, not in settings. */
export interface Autostart {
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
}
