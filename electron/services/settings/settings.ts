/** User settings: AuthID servers, check interval, notifications, clipboard clearing, theme, start at login. */
import type { Theme } from './theme';
import { UserFacingError } from '../errors';
import { openDocument, writeFailure, type DocumentBackend, type DocumentStore } from '../document-store';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../servers';
import type { Autostart } from './autostart';
import { newSelfHostedBaseUrl, parseSelfHostedBaseUrl } from './self-hosted-server';
import { SETTINGS_FIELD_RULES, SETTINGS_SPEC, settingsFields, type SettingsDocument } from './settings-document';
import { createListenerSet } from '../listeners';
import { systemClock, type Clock } from '../time';

export interface SettingsValues {
  /** The two hosted servers first, then the self-hosted ones in the order they were added. */
  readonly servers: readonly AuthIdServer[];
  readonly checkIntervalHours: number;
  readonly notifications: boolean;
  /** 0 = never. */
  readonly clipboardClearSeconds: number;
  readonly theme: Theme;
  /** What the user last chose; `Settings.startAtLogin` is the real state. */
  readonly startAtLoginPreferred: boolean;
}

export interface Settings extends SettingsValues {
  /** Whether the app really starts at login now, as the OS says. */
  readonly startAtLogin: boolean;
}

type PatchedField = 'checkIntervalHours' | 'notifications' | 'clipboardClearSeconds' | 'theme';
/** A field left out, or undefined (as the IPC schema lets it through), stays as it is. */
export type SettingsPatch = { readonly [K in PatchedField]?: SettingsValues[K] | undefined };

export interface SettingsService {
  /** The stored values, synchronously (for the refresher and the clipboard). */
  values(): SettingsValues;
  /** The stored values with the real start-at-login state. */
  read(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
  addServer(baseUrl: string): Promise<Settings>;
  /** Only self-hosted servers can be removed; removing one that is not there does nothing. */
  removeServer(baseUrl: string): Promise<Settings>;
  setStartAtLogin(enabled: boolean): Promise<Settings>;
  onChange(listener: (values: SettingsValues) => void): () => void;
  /** Set when the settings file was unreadable and moved aside: where it went. */
  readonly recoveredFrom?: string | undefined;
}

export interface SettingsDeps {
  readonly backend: DocumentBackend;
  readonly autostart: Autostart;
  readonly clock?: Pick<Clock, 'now'>;
}

export function openSettings(deps: SettingsDeps): SettingsService {
  const opened = openDocument(deps.backend, SETTINGS_SPEC, deps.clock ?? systemClock);
  return new StoredSettings(opened.store, opened.document, deps.autostart, opened.recoveredFrom);
}

class StoredSettings implements SettingsService {
  private readonly listeners = createListenerSet<SettingsValues>();

  constructor(
    private readonly store: DocumentStore<SettingsDocument>,
    private document: SettingsDocument,
    private readonly autostart: Autostart,
    readonly recoveredFrom: string | undefined,
  ) {}

  values(): SettingsValues {
    const { servers, startAtLogin, ...rest } = this.document;
    return {
      servers: [HOSTED_HANDLER, HOSTED_SERVICE, ...servers.map((baseUrl): AuthIdServer => ({ baseUrl, flavour: 'self-hosted' }))],
      ...rest,
      startAtLoginPreferred: startAtLogin,
    };
  }

  async read(): Promise<Settings> {
    return { ...this.values(), startAtLogin: await this.autostart.isEnabled() };
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const change: Partial<SettingsDocument> = {};
    for (const [key, value] of Object.entries(patch) as [keyof SettingsPatch, unknown][]) {
      if (value === undefined) continue;
      const parsed = settingsFields[key].safeParse(value);
      if (!parsed.success) throw new UserFacingError('invalid-settings', SETTINGS_FIELD_RULES[key]);
      Object.assign(change, { [key]: parsed.data });
    }
    return this.save(change);
  }

  async addServer(baseUrl: string): Promise<Settings> {
    return this.save({ servers: [...this.document.servers, newSelfHostedBaseUrl(baseUrl, this.document.servers)] });
  }

  async removeServer(baseUrl: string): Promise<Settings> {
    const server = this.values().servers.find((s) => s.baseUrl === parseSelfHostedBaseUrl(baseUrl));
    if (server && server.flavour !== 'self-hosted') {
      throw new UserFacingError('server-not-removable', 'The hosted servers are always available and cannot be removed.');
    }
    return this.save({ servers: this.document.servers.filter((s) => s !== server?.baseUrl) });
  }

  async setStartAtLogin(enabled: boolean): Promise<Settings> {
    await this.autostart.setEnabled(enabled);
    return this.save({ startAtLogin: enabled });
  }

  onChange(listener: (values: SettingsValues) => void): () => void {
    return this.listeners.add(listener);
  }

  private save(change: Partial<SettingsDocument>): Promise<Settings> {
    const next = { ...this.document, ...change };
    try {
      this.store.write(next);
    } catch (error) {
      throw writeFailure(this.store.path, error);
    }
    this.document = next;
    this.listeners.emit(this.values());
    return this.read();
  }
}
