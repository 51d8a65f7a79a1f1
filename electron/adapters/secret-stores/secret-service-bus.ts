/**
 * A connection to the freedesktop Secret Service on the session D-Bus, through @jellybrick/dbus-next
 * (pure JavaScript: nothing to build, no secret on any command line). Calls are plain messages with
 * explicit signatures, so no introspection round trips; every failure becomes a SecretStoreError
 * in plain words.
 */
import { DBusError, Message, MessageType, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';
import { SecretStoreError } from '../../services/duplicati-secrets';

const SECRETS = 'org.freedesktop.secrets';
export const SERVICE_PATH = '/org/freedesktop/secrets';
export const NO_OBJECT = '/';
const PROMPT = 'org.freedesktop.Secret.Prompt';

export interface SecretServiceBusOptions {
  /** The session bus; defaults to DBUS_SESSION_BUS_ADDRESS (tests pass their own). */
  readonly busAddress?: string;
  /** How long to wait for the user to answer an unlock prompt. */
  readonly promptTimeoutMs?: number;
}

export interface SecretServiceBus {
  call(path: string, iface: string, member: string, signature?: string, body?: unknown[]): Promise<unknown[]>;
  property<T>(path: string, iface: string, name: string): Promise<T>;
  setProperty(path: string, iface: string, name: string, value: Variant): Promise<void>;
  /** Shows a prompt the service asked for and waits for the answer; false when dismissed. */
  completePrompt(prompt: string): Promise<boolean>;
}

export async function withSecretServiceBus<T>(
  options: SecretServiceBusOptions,
  work: (bus: SecretServiceBus) => Promise<T>,
): Promise<T> {
  let bus: MessageBus;
  try {
    bus = sessionBus(options.busAddress === undefined ? {} : { busAddress: options.busAddress });
  } catch (error) {
    throw noSessionBus(error);
  }
  // A broken connection is reported only as an event; without this race the call would wait forever.
  let rejectBroken: (error: unknown) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => (rejectBroken = reject));
  // The library emits 'error' but does not declare it in its event map.
  (bus as unknown as NodeJS.EventEmitter).on('error', (error: unknown) => rejectBroken(noSessionBus(error)));
  broken.catch(() => undefined);
  try {
    return await Promise.race([broken, work(busApi(bus, options.promptTimeoutMs ?? 120_000, broken))]);
  } finally {
    bus.disconnect();
  }
}

function busApi(bus: MessageBus, promptTimeoutMs: number, broken: Promise<never>): SecretServiceBus {
  const call = async (path: string, iface: string, member: string, signature = '', body: unknown[] = []) => {
    const message = new Message({ destination: SECRETS, path, interface: iface, member, signature, body });
    try {
      return (await Promise.race([broken, bus.call(message)]))?.body ?? [];
    } catch (error) {
      throw explainDbusError(error);
    }
  };
  return {
    call,
    async property<T>(path: string, iface: string, name: string) {
      const [variant] = await call(path, 'org.freedesktop.DBus.Properties', 'Get', 'ss', [iface, name]);
      return (variant as Variant<T>).value;
    },
    async setProperty(path, iface, name, value) {
      await call(path, 'org.freedesktop.DBus.Properties', 'Set', 'ssv', [iface, name, value]);
    },
    completePrompt: (prompt) => completePrompt(bus, call, prompt, promptTimeoutMs),
  };
}

async function completePrompt(
  bus: MessageBus,
  call: SecretServiceBus['call'],
  prompt: string,
  timeoutMs: number,
): Promise<boolean> {
  const rule = `type='signal',interface='${PROMPT}',member='Completed',path='${prompt}'`;
  await bus.call(
    new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [rule] }),
  );
  let timer: NodeJS.Timeout | undefined;
  let onMessage: (message: Message) => void = () => undefined;
  const completed = new Promise<boolean>((resolve, reject) => {
    onMessage = (message) => {
      if (message.type === MessageType.SIGNAL && message.interface === PROMPT && message.path === prompt) {
        resolve(message.body[0] !== true);
      }
    };
    bus.on('message', onMessage);
    timer = setTimeout(() => {
      void call(prompt, PROMPT, 'Dismiss').catch(() => undefined); // the answer no longer matters
      reject(
        new SecretStoreError(
          'locked',
          `Your keyring is locked and nobody answered its unlock window within ${Math.round(timeoutMs / 1000)} seconds. Unlock it and try again.`,
        ),
      );
    }, timeoutMs);
  });
  try {
    await call(prompt, PROMPT, 'Prompt', 's', ['']);
    return await completed;
  } finally {
    clearTimeout(timer);
    bus.off('message', onMessage);
  }
}

function noSessionBus(error: unknown): SecretStoreError {
  const detail = error instanceof Error ? error.message : String(error);
  return new SecretStoreError(
    'unavailable',
    `The app cannot reach your desktop session’s D-Bus, where the keyring answers (${detail}). ` +
      'This happens outside a desktop session, for example over SSH or in a system service. Use the encrypted secrets file there.',
  );
}

const ERRORS: Record<string, (text: string) => SecretStoreError> = {
  'org.freedesktop.DBus.Error.ServiceUnknown': () => noKeyring(),
  'org.freedesktop.DBus.Error.NameHasNoOwner': () => noKeyring(),
  'org.freedesktop.DBus.Error.Spawn.ChildExited': () => noKeyring(),
  'org.freedesktop.Secret.Error.IsLocked': () =>
    new SecretStoreError('locked', 'Your keyring is locked. Unlock it (for example by signing in again) and try again.'),
  'org.freedesktop.DBus.Error.AccessDenied': (text) =>
    new SecretStoreError('denied', `Your keyring refused access (${text}).`),
};

function noKeyring(): SecretStoreError {
  return new SecretStoreError(
    'unavailable',
    'No keyring service is running in your session (nothing answers as org.freedesktop.secrets). ' +
      'Start GNOME Keyring, KWallet 6 or KeePassXC’s Secret Service integration, or use the encrypted secrets file.',
  );
}

function explainDbusError(error: unknown): unknown {
  if (error instanceof SecretStoreError) return error;
  if (!(error instanceof DBusError)) return error;
  const known = ERRORS[error.type];
  return known?.(error.text) ?? new SecretStoreError('failed', `Your keyring answered with an error: ${error.text} (${error.type}).`);
}
