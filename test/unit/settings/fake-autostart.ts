import type { Autostart } from '../../../electron/services/settings/autostart';

/** An OS login-item stand-in whose state can also change behind the app's back. */
export class FakeAutostart implements Autostart {
  enabled = false;
  failNext = false;

  async isEnabled(): Promise<boolean> {
    return this.enabled;
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (this.failNext) throw new Error('could not write the autostart entry');
    this.enabled = enabled;
  }
}
