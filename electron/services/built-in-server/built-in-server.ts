/**
 * The built-in AuthID server as the app keeps it: on or off, its port, and per provider the
 * user's own app registration (client secrets OS-encrypted, or kept only until quit where the
 * OS cannot encrypt). It runs the server through the runner and says what state it is in.
 */
import { Buffer } from 'node:buffer';
import {
  BuiltInServerRunner,
  PROVIDER_CATALOGUE,
  type BuiltInProviderSetup,
  type BuiltInServerRunnerConfig,
  type BuiltInServerSnapshot,
  type TokenStorage,
} from '../../authid-server';
import { UserFacingError } from '../errors';
import { openDocument, writeFailure, type DocumentBackend, type DocumentStore } from '../document-store';
import { canEncrypt, type SecretBox } from '../vault';
import { BUILT_IN_SETTINGS_SPEC, type StoredRegistration } from './built-in-documents';
import { openEncryptedTokenStorage } from './encrypted-token-storage';
import { createListenerSet } from '../listeners';
import { systemClock, type Clock } from '../time';

type SettingsDocument = (typeof BUILT_IN_SETTINGS_SPEC)['defaults'];

/** The lowest port a user may choose: lower ones need administrator rights on most systems. */
const MIN_USER_PORT = 1024;

export interface Registration {
  readonly id: string;
  readonly clientId: string;
  /** Whether a client secret is kept; the secret itself never leaves this service but to the runner. */
  readonly hasSecret: boolean;
  /** Where the secret is kept: OS-encrypted on disk, or in memory until the app quits. */
  readonly secretKept: 'encrypted' | 'until-quit' | 'none';
}

export interface BuiltInServerStatus {
  readonly enabled: boolean;
  readonly port: number;
  /** Set while a start (or restart) is under way. */
  readonly starting: boolean;
  readonly snapshot: BuiltInServerSnapshot;
  readonly registrations: readonly Registration[];
  /** Set when Duplicati's web UI on this computer may receive AuthIDs: its port and the origins that may. */
  readonly duplicatiWebUi?: { readonly port: number; readonly origins: readonly string[] };
}

export interface RegistrationInput {
  readonly id: string;
  readonly clientId: string;
  /** Omitted keeps the secret already saved; '' removes it. */
  readonly clientSecret?: string;
}

export interface BuiltInServer {
  status(): BuiltInServerStatus;
  /** Starts the server if the user turned it on (at app start). */
  startIfEnabled(): Promise<BuiltInServerStatus>;
  setEnabled(enabled: boolean): Promise<BuiltInServerStatus>;
  /** Lets the pages of Duplicati's web UI at this port receive AuthIDs; `undefined` lets none. */
  setDuplicatiWebUi(port: number | undefined): Promise<BuiltInServerStatus>;
  setPort(port: number): Promise<BuiltInServerStatus>;
  saveRegistration(input: RegistrationInput): Promise<BuiltInServerStatus>;
  removeRegistration(id: string): Promise<BuiltInServerStatus>;
  checkProvider(id: string): Promise<BuiltInServerStatus>;
  /** At quit. */
  stop(): Promise<void>;
  onChange(listener: (status: BuiltInServerStatus) => void): () => void;
}

export interface BuiltInServerDeps {
  readonly backend: DocumentBackend;
  readonly secretBox: SecretBox;
  readonly clock?: Pick<Clock, 'now'>;
  /** Other endpoints per provider id (tests point them at a local OAuth server). */
  readonly overrides?: Readonly<Record<string, BuiltInProviderSetup['overrides']>>;
  /** Origins the logged-in page may post an AuthID to. */
  readonly trustedOrigins?: readonly string[];
  /** The sealed tokens' storage; default a document next to the settings. */
  readonly storage?: TokenStorage;
}

export async function openBuiltInServer(deps: BuiltInServerDeps): Promise<BuiltInServer> {
  const clock = deps.clock ?? systemClock;
  const opened = openDocument(deps.backend, BUILT_IN_SETTINGS_SPEC, clock);
  const storage = deps.storage ?? (await openEncryptedTokenStorage(deps.backend, deps.secretBox, clock));
  const encrypts = canEncrypt(await deps.secretBox.describe());
  const secrets = new Map<string, string>();
  for (const registration of opened.document.providers) {
    if (registration.secret === undefined) continue;
    // A secret that no longer decrypts (keyring changed) is as good as none: the provider shows it is missing.
    const decrypted = await deps.secretBox.decrypt(new Uint8Array(Buffer.from(registration.secret, 'base64'))).catch(() => undefined);
    if (decrypted) secrets.set(registration.id, decrypted.plain);
  }
  return new AppBuiltInServer({ ...deps, storage, encrypts }, opened.store, opened.document, secrets);
}

/**
 * Duplicati's web UI opens the login at the server and takes the AuthID from the window message
 * the result page posts; it is served on this computer under either name, plain or TLS.
 */
function duplicatiWebUiOrigins(port: number | undefined): string[] {
  if (port === undefined) return [];
  return ['http', 'https'].flatMap((scheme) => ['127.0.0.1', 'localhost'].map((host) => `${scheme}://${host}:${port}`));
}

interface Parts extends BuiltInServerDeps {
  readonly storage: TokenStorage;
  readonly encrypts: boolean;
}

class AppBuiltInServer implements BuiltInServer {
  private readonly runner: BuiltInServerRunner;
  private readonly listeners = createListenerSet<BuiltInServerStatus>();
  private starting = false;

  constructor(
    private readonly parts: Parts,
    private readonly store: DocumentStore<SettingsDocument>,
    private document: SettingsDocument,
    /** Plain client secrets by provider id; only these reach the runner. */
    private readonly secrets: Map<string, string>,
  ) {
    this.runner = new BuiltInServerRunner(this.runnerConfig());
    this.runner.onChange(() => this.notify());
  }

  status(): BuiltInServerStatus {
    return {
      enabled: this.document.enabled,
      port: this.document.port,
      starting: this.starting,
      snapshot: this.runner.snapshot(),
      registrations: this.document.providers.map((stored) => this.registration(stored)),
      ...(this.document.duplicatiWebUiPort === undefined
        ? {}
        : { duplicatiWebUi: { port: this.document.duplicatiWebUiPort, origins: duplicatiWebUiOrigins(this.document.duplicatiWebUiPort) } }),
    };
  }

  startIfEnabled(): Promise<BuiltInServerStatus> {
    return this.apply();
  }

  setEnabled(enabled: boolean): Promise<BuiltInServerStatus> {
    this.save({ ...this.document, enabled });
    return this.apply();
  }

  async setDuplicatiWebUi(port: number | undefined): Promise<BuiltInServerStatus> {
    if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65_535)) {
      throw new UserFacingError('invalid-port', 'Choose the port Duplicati’s web UI uses, from 1 to 65535 (8200 unless you changed it).');
    }
    const next: SettingsDocument = { ...this.document };
    if (port === undefined) delete next.duplicatiWebUiPort;
    else next.duplicatiWebUiPort = port;
    this.save(next);
    return this.apply();
  }

  async setPort(port: number): Promise<BuiltInServerStatus> {
    if (!Number.isInteger(port) || port < MIN_USER_PORT || port > 65_535) {
      throw new UserFacingError('invalid-port', `Choose a port from ${MIN_USER_PORT} to 65535 (whole numbers only).`);
    }
    this.save({ ...this.document, port });
    return this.apply();
  }

  async saveRegistration(input: RegistrationInput): Promise<BuiltInServerStatus> {
    const entry = PROVIDER_CATALOGUE.get(input.id);
    if (!entry) throw new UserFacingError('unknown-provider', 'The built-in server cannot log in to that provider.');
    const clientId = input.clientId.trim();
    if (clientId === '') throw new UserFacingError('missing-client-id', `Enter the client id of the app you registered at ${String(entry.settings.name)}.`);
    const previous = this.document.providers.find((p) => p.id === input.id);
    const secretInput = input.clientSecret?.trim();
    let secret = previous?.secret;
    if (secretInput === '' || entry.clientSecret === 'not-needed') {
      secret = undefined;
      this.secrets.delete(input.id);
    } else if (secretInput !== undefined) {
      secret = this.parts.encrypts ? Buffer.from(await this.parts.secretBox.encrypt(secretInput)).toString('base64') : undefined;
      this.secrets.set(input.id, secretInput);
    }
    const registration: StoredRegistration = { id: input.id, clientId, ...(secret === undefined ? {} : { secret }) };
    const others = this.document.providers.filter((p) => p.id !== input.id);
    this.save({ ...this.document, providers: [...others, registration] });
    return this.apply();
  }

  removeRegistration(id: string): Promise<BuiltInServerStatus> {
    this.secrets.delete(id);
    this.save({ ...this.document, providers: this.document.providers.filter((p) => p.id !== id) });
    return this.apply();
  }

  async checkProvider(id: string): Promise<BuiltInServerStatus> {
    await this.runner.checkProvider(id);
    return this.status();
  }

  async stop(): Promise<void> {
    await this.runner.stop();
  }

  onChange(listener: (status: BuiltInServerStatus) => void): () => void {
    return this.listeners.add(listener);
  }

  /** Hands the current settings to the runner; runs the server when it is on, stops it when off. */
  private async apply(): Promise<BuiltInServerStatus> {
    if (!this.document.enabled) {
      // Stopped first: an update restarts a server that runs.
      await this.runner.stop();
      await this.runner.update(this.runnerConfig());
      return this.status();
    }
    this.setStarting(true);
    try {
      await this.runner.update(this.runnerConfig());
      await this.runner.start();
    } finally {
      this.setStarting(false);
    }
    return this.status();
  }

  private runnerConfig(): BuiltInServerRunnerConfig {
    const providers = this.document.providers.map((stored): BuiltInProviderSetup => {
      const secret = this.secrets.get(stored.id);
      const overrides = this.parts.overrides?.[stored.id];
      return { id: stored.id, clientId: stored.clientId, ...(secret === undefined ? {} : { clientSecret: secret }), ...(overrides ? { overrides } : {}) };
    });
    return {
      port: this.document.port,
      providers,
      storage: this.parts.storage,
      appName: 'AuthID Manager',
      trustedOrigins: [...(this.parts.trustedOrigins ?? []), ...duplicatiWebUiOrigins(this.document.duplicatiWebUiPort)],
    };
  }

  private registration(stored: StoredRegistration): Registration {
    const hasSecret = this.secrets.has(stored.id);
    const secretKept = !hasSecret ? 'none' : stored.secret === undefined ? 'until-quit' : 'encrypted';
    return { id: stored.id, clientId: stored.clientId, hasSecret, secretKept };
  }

  private save(next: SettingsDocument): void {
    try {
      this.store.write(next);
    } catch (error) {
      throw writeFailure(this.store.path, error);
    }
    this.document = next;
    this.notify();
  }

  private setStarting(starting: boolean): void {
    this.starting = starting;
    this.notify();
  }

  private notify(): void {
    this.listeners.emit(this.status());
  }
}
