/** The Notifier port on Electron's Notification (the class is passed in by main.ts). */
import type { NotificationConstructorOptions } from 'electron';
import type { Notice, Notifier } from '../services/notifications';

/** The parts of an Electron Notification used here. */
interface NotificationHandle {
  on(event: 'click' | 'action' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}

/** Electron's `Notification` class, or a stand-in. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): NotificationHandle;
  isSupported(): boolean;
}

export interface NotifierOptions {
  readonly Notification: NotificationClass;
  readonly platform: NodeJS.Platform;
  /** The user's notifications setting, read at each notice. */
  readonly enabled: () => boolean;
  /** An icon file for Linux notification daemons (other platforms use the app's icon). */
  readonly icon?: string;
}

/**
 * Shows notices when the user wants them and the desktop can. On Windows the app must have set
 * its AppUserModelId (`app.setAppUserModelId(APP_ID)`) or toasts do not appear.
 */
export function electronNotifier(options: NotifierOptions): Notifier {
  const { Notification } = options;
  // A notification that is garbage-collected loses its click handler; hold each until it is done.
  const live = new Set<NotificationHandle>();
  return {
    show(notice: Notice) {
      if (!options.enabled() || !Notification.isSupported()) return;
      const buttons = options.platform === 'darwin' && notice.actionLabel ? [{ type: 'button' as const, text: notice.actionLabel }] : [];
      const notification = new Notification({
        title: notice.title,
        body: notice.body,
        actions: buttons,
        ...(options.platform === 'linux' && options.icon ? { icon: options.icon } : {}),
      });
      live.add(notification);
      const done = () => live.delete(notification);
      const activate = () => {
        done();
        notice.onClick?.();
      };
      notification.on('click', activate);
      notification.on('action', activate);
      notification.on('close', done);
      notification.on('failed', done);
      notification.show();
    },
  };
}
