import type { Notification, NotificationConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronNotifier, type NotificationClass } from '../../../electron/adapters/notifications';

type Listener = () => void;

function standInNotifications(supported = true) {
  const made: StandInNotification[] = [];
  class StandInNotification {
    readonly listeners = new Map<string, Listener[]>();
    shown = false;
    constructor(readonly options: NotificationConstructorOptions) {
      made.push(this);
    }
    static isSupported() {
      return supported;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    show() {
      this.shown = true;
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
  }
  return { Notification: StandInNotification, made };
}

describe('electronNotifier', () => {
  it('fits Electron’s real Notification class (checked by the compiler)', () => {
    const fits: typeof Notification extends NotificationClass ? true : false = true;
    expect(fits).toBe(true);
  });

  it('shows a notice and runs its click handler on click or on its button', () => {
    const { Notification, made } = standInNotifications();
    let clicks = 0;
    const notifier = electronNotifier({ Notification, platform: 'darwin', enabled: () => true });
    notifier.show({ title: 'T', body: 'B', actionLabel: 'Re-authorize', onClick: () => (clicks += 1) });
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toEqual({ title: 'T', body: 'B', actions: [{ type: 'button', text: 'Re-authorize' }] });
    expect(made[0]?.shown).toBe(true);
    made[0]?.emit('click');
    made[0]?.emit('action');
    expect(clicks).toBe(2);
  });

  it('adds buttons only on macOS and the icon only on Linux', () => {
    const { Notification, made } = standInNotifications();
    electronNotifier({ Notification, platform: 'linux', enabled: () => true, icon: '/app/assets/icon.png' }).show({ title: 'T', body: 'B', actionLabel: 'Open' });
    electronNotifier({ Notification, platform: 'win32', enabled: () => true, icon: '/app/assets/icon.png' }).show({ title: 'T', body: 'B', actionLabel: 'Open' });
    expect(made.map((n) => n.options)).toEqual([
      { title: 'T', body: 'B', actions: [], icon: '/app/assets/icon.png' },
      { title: 'T', body: 'B', actions: [] },
    ]);
  });

  it('stays quiet when the user turned notifications off, reading the setting at each notice', () => {
    const { Notification, made } = standInNotifications();
    let enabled = false;
    const notifier = electronNotifier({ Notification, platform: 'linux', enabled: () => enabled });
    notifier.show({ title: 'T', body: 'B' });
    expect(made).toHaveLength(0);
    enabled = true;
    notifier.show({ title: 'T', body: 'B' });
    expect(made).toHaveLength(1);
  });

  it('stays quiet where the desktop has no notifications', () => {
    const { Notification, made } = standInNotifications(false);
    electronNotifier({ Notification, platform: 'linux', enabled: () => true }).show({ title: 'T', body: 'B' });
    expect(made).toHaveLength(0);
  });
});
