/**
 * Duplicati's `libsecret://` store: items in the collection behind the Secret Service's `default`
 * alias, found by label without regard to case (as Duplicati finds them), written with the label,
 * attributes and content type Duplicati's own writer uses, over a "plain" session (the secret
 * travels only over the local session bus).
 */
import { Variant } from '@jellybrick/dbus-next';
import { assertStorableValue, probeBy, SecretStoreError, type SecretStore } from '../../services/duplicati-secrets';
import { NO_OBJECT, SERVICE_PATH, withSecretServiceBus, type SecretServiceBus, type SecretServiceBusOptions } from './secret-service-bus';

const SERVICE = 'org.freedesktop.Secret.Service';
const COLLECTION = 'org.freedesktop.Secret.Collection';
const ITEM = 'org.freedesktop.Secret.Item';
const DISPLAY_NAME = 'your keyring';
/** Collection names every Duplicati release with libsecret finds (older ones only `default`). */
const FOUND_BY_EVERY_RELEASE = /\/(default|login)$/;

/** The D-Bus Secret struct (oayays): session, parameters, value, content type. */
type SecretStruct = [string, Buffer, Buffer, string];

export function createSecretServiceStore(options: SecretServiceBusOptions = {}): SecretStore {
  const inDefaultCollection = <T>(work: (keyring: Keyring) => Promise<T>) =>
    withSecretServiceBus(options, async (bus) => work(await openDefaultCollection(bus)));

  return {
    kind: 'libsecret',
    displayName: DISPLAY_NAME,
    async set(name, value) {
      assertStorableValue(value, { storeName: DISPLAY_NAME });
      await inDefaultCollection(async (keyring) => {
        const matches = await keyring.itemsLabelled(name);
        const secret = keyring.secret(value);
        if (matches.length === 0) {
          const [, prompt] = (await keyring.bus.call(keyring.collection, COLLECTION, 'CreateItem', 'a{sv}(oayays)b', [
            duplicatiItemProperties(name),
            secret,
            true,
          ])) as [string, string];
          await keyring.answer(prompt);
          return;
        }
        // Duplicati takes the first item with this label; every one of them must hand it this value.
        for (const item of matches) await keyring.bus.call(item, ITEM, 'SetSecret', '(oayays)', [secret]);
      });
    },
    get: (name) =>
      inDefaultCollection(async (keyring) => {
        const [first] = await keyring.itemsLabelled(name);
        if (first === undefined) return null;
        const [secret] = (await keyring.bus.call(first, ITEM, 'GetSecret', 'o', [keyring.session])) as [SecretStruct];
        return secret[2].toString('utf8');
      }),
    delete: (name) =>
      inDefaultCollection(async (keyring) => {
        const matches = await keyring.itemsLabelled(name);
        for (const item of matches) {
          const [prompt] = (await keyring.bus.call(item, ITEM, 'Delete')) as [string];
          await keyring.answer(prompt);
        }
        return matches.length > 0;
      }),
    probe: () =>
      probeBy(() =>
        inDefaultCollection(async (keyring) =>
          FOUND_BY_EVERY_RELEASE.test(keyring.collection)
            ? undefined
            : `Your default keyring is ${keyring.collection}; Duplicati releases before 2.3.0.4 find secrets only in a keyring named “default” or “login”.`,
        ),
      ),
  };
}

/** Label and attributes exactly as Duplicati's own libsecret writer sets them. */
function duplicatiItemProperties(name: string): Record<string, Variant> {
  return {
    'org.freedesktop.Secret.Item.Label': new Variant('s', name),
    'org.freedesktop.Secret.Item.Attributes': new Variant('a{ss}', {
      'xdg:schema': 'com.duplicati.Secret',
      server: 'Duplicati Secrets',
      user: name,
      type: 'plaintext',
    }),
  };
}

interface Keyring {
  readonly bus: SecretServiceBus;
  readonly session: string;
  readonly collection: string;
  secret(value: string): SecretStruct;
  /** Items Duplicati would match for this name, in the order it looks at them. */
  itemsLabelled(name: string): Promise<string[]>;
  /** Lets the user answer a prompt the service asked for; "/" means none was needed. */
  answer(prompt: string): Promise<void>;
}

async function openDefaultCollection(bus: SecretServiceBus): Promise<Keyring> {
  const [, session] = (await bus.call(SERVICE_PATH, SERVICE, 'OpenSession', 'sv', ['plain', new Variant('s', '')])) as [unknown, string];
  const [collection] = (await bus.call(SERVICE_PATH, SERVICE, 'ReadAlias', 's', ['default'])) as [string];
  if (collection === NO_OBJECT) {
    throw new SecretStoreError(
      'unavailable',
      'Your keyring service has no default keyring. Create one (in GNOME: Passwords and Keys → “+” → Password keyring, then “Set as default”) and try again.',
    );
  }
  const answer = async (prompt: string) => {
    if (prompt !== NO_OBJECT && !(await bus.completePrompt(prompt))) {
      throw new SecretStoreError('locked', 'Your keyring stayed locked: its unlock window was closed or could not be shown. Unlock the keyring and try again.');
    }
  };
  if (await bus.property<boolean>(collection, COLLECTION, 'Locked')) {
    const [, prompt] = (await bus.call(SERVICE_PATH, SERVICE, 'Unlock', 'ao', [[collection]])) as [string[], string];
    await answer(prompt);
  }
  return {
    bus,
    session,
    collection,
    secret: (value) => [session, Buffer.alloc(0), Buffer.from(value, 'utf8'), 'text/plain'],
    async itemsLabelled(name) {
      const wanted = name.toLowerCase();
      const items = await bus.property<string[]>(collection, COLLECTION, 'Items');
      const labelled: string[] = [];
      for (const item of items) {
        if ((await bus.property<string>(item, ITEM, 'Label')).toLowerCase() === wanted) labelled.push(item);
      }
      return labelled;
    },
    answer,
  };
}
