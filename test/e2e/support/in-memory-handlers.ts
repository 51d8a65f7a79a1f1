/**
 * A TEST DOUBLE of main's request handlers: all state lives in memory, logins end when the
 * test says so, and nothing talks to a network. It lets the window be driven in Chromium
 * before the real services exist; the journeys swap in the real services later.
 */
import type { RequestHandlers, RequestName } from '../../../electron/ipc/contract';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';
import type {
  AuthIdView,
  CheckView,
  DestinationView,
  Health,
  LintFindingView,
  LoginProgressView,
  PasteAnalysisView,
  ProviderView,
  ServerView,
  SettingsView,
  StorageStatusView,
} from '../../../electron/ipc/views';
import type { AuthIdKind } from '../../../electron/services/authids/authid-kind';
import { isProviderId, type ProviderId } from '../../../electron/services/providers/provider-id';
import { createAppEvents, type AppEvents } from './app-events';
import { groupsFor, HOSTED_HANDLER_VIEW, HOSTED_SERVICE_VIEW, PROVIDERS, SERVER_OFFERS } from './sample-catalogue';

export interface SeedAuthId {
  readonly label: string;
  readonly provider: ProviderId;
  readonly secret: string;
  readonly kind?: AuthIdKind;
  readonly serverBaseUrl?: string;
  readonly accountName?: string;
  readonly region?: string;
  readonly health?: Health;
  readonly history?: readonly CheckView[];
  readonly destinations?: readonly { readonly name: string; readonly path: string; readonly options?: Record<string, string> }[];
}

export interface InMemoryOptions {
  readonly authIds?: readonly SeedAuthId[];
  readonly storage?: Partial<StorageStatusView>;
  readonly settings?: Partial<Omit<SettingsView, 'servers'>>;
  /** Further servers "reachable" by the double, with what they offer (e.g. a self-hosted one). */
  readonly reachableServers?: Readonly<Record<string, readonly ProviderId[]>>;
}

export type LoginOutcome =
  | { readonly result: 'succeeded'; readonly accountName?: string }
  | { readonly result: 'failed'; readonly message: string; readonly deauthorizeUrl?: string };

export interface InMemoryHandlers {
  readonly handlers: RequestHandlers;
  readonly events: AppEvents;
  /** Plain values the clipboard service was asked to hold, in order. */
  readonly clipboard: readonly string[];
  readonly openedUrls: readonly string[];
  readonly loginIds: readonly string[];
  finishLogin(loginId: string, outcome: LoginOutcome): void;
  /** The next call of `request` rejects with this user-facing message. */
  failNext(request: RequestName, message: string): void;
  authIds(): readonly AuthIdView[];
}

interface StoredDestination {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly options: Readonly<Record<string, string>>;
}

interface StoredAuthId {
  id: string;
  label: string;
  provider: ProviderId;
  serverBaseUrl: string;
  kind: AuthIdKind;
  secret: string;
  created: string;
  accountName?: string;
  region?: string;
  health: Health;
  lastCheck?: CheckView;
  nextCheckAt?: string;
  history: CheckView[];
  destinations: StoredDestination[];
}

interface StoredLogin {
  progress: LoginProgressView;
  readonly serverBaseUrl: string;
  readonly reauthorizeId?: string;
}

const HOUR = 3_600_000;

function mask(secret: string): string {
  const colon = secret.lastIndexOf(':');
  return colon > 0 ? `${secret.slice(0, Math.min(colon, 8))}…:••••••` : `${secret.slice(0, 4)}••••••`;
}

function notFound(): never {
  throw new UserFacingError('not-found', 'That AuthID is no longer saved on this computer.');
}

function providerView(id: ProviderId): ProviderView {
  const view = PROVIDERS[id];
  if (!view) throw new UserFacingError('unknown-provider', `${id} is not offered here.`);
  return view;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function createInMemoryHandlers(options: InMemoryOptions = {}): InMemoryHandlers {
  const events = createAppEvents();
  const clipboard: string[] = [];
  const openedUrls: string[] = [];
  const loginIds: string[] = [];
  const failures = new Map<RequestName, string>();
  const offers: Record<string, readonly ProviderId[]> = { ...SERVER_OFFERS, ...options.reachableServers };
  const logins = new Map<string, StoredLogin>();
  const serials = new Map<string, number>();
  const nextId = (prefix: string) => {
    const next = (serials.get(prefix) ?? 0) + 1;
    serials.set(prefix, next);
    return `${prefix}${next}`;
  };
  const now = () => new Date();

  let settings: SettingsView = {
    servers: [HOSTED_HANDLER_VIEW, HOSTED_SERVICE_VIEW],
    checkIntervalHours: 24,
    notifications: true,
    clipboardClearSeconds: 30,
    startAtLogin: true,
    theme: 'system',
    ...options.settings,
  };
  let storage: StorageStatusView = {
    protection: 'os-encrypted',
    backend: 'gnome-libsecret',
    explanation: 'AuthIDs are encrypted with a key kept in your login keyring.',
    weakOptInAllowed: false,
    weakOptIn: false,
    ...options.storage,
  };

  const records: StoredAuthId[] = (options.authIds ?? []).map((seed, index) => {
    const created = new Date(now().getTime() - (30 + index) * 24 * HOUR).toISOString();
    const history = [...(seed.history ?? [])];
    return {
      id: nextId('a'),
      label: seed.label,
      provider: seed.provider,
      serverBaseUrl: seed.serverBaseUrl ?? (seed.provider === 'pcloud' ? HOSTED_SERVICE_VIEW.baseUrl : HOSTED_HANDLER_VIEW.baseUrl),
      kind: seed.kind ?? 'v1',
      secret: seed.secret,
      created,
      accountName: seed.accountName,
      region: seed.region,
      health: seed.health ?? history[0]?.health ?? 'not-checked',
      lastCheck: history[0],
      nextCheckAt: history[0] ? new Date(now().getTime() + 20 * HOUR).toISOString() : undefined,
      history,
      destinations: (seed.destinations ?? []).map((destination) => ({ id: nextId('d'), options: {}, ...destination })),
    };
  });

  const find = (id: string) => records.find((record) => record.id === id) ?? notFound();

  function url(record: StoredAuthId, path: string, opts: Readonly<Record<string, string>>, masked: boolean): string {
    const view = providerView(record.provider);
    const { 'pcloud-host': host, ...rest } = opts;
    const query = new URLSearchParams(rest);
    if (record.serverBaseUrl !== HOSTED_HANDLER_VIEW.baseUrl && record.provider !== 'pcloud') {
      query.set('oauth-url', `${record.serverBaseUrl}/refresh`);
    }
    const authid = masked ? mask(record.secret) : encodeURIComponent(record.secret);
    const hostPart = record.provider === 'pcloud' ? `${host ?? record.region ?? 'api.pcloud.com'}/` : '';
    const extra = query.toString();
    return `${view.scheme}://${hostPart}${path}?authid=${authid}${extra ? `&${extra}` : ''}`;
  }

  function lint(record: StoredAuthId, path: string, opts: Readonly<Record<string, string>>): LintFindingView[] {
    const findings: LintFindingView[] = [];
    for (const option of providerView(record.provider).options) {
      if (option.required && !opts[option.name]) {
        findings.push({ code: 'missing-option', severity: 'error', message: `${option.label} is missing.`, fix: `Enter the ${option.label}.` });
      }
    }
    if (path.includes('\\')) {
      findings.push({ code: 'backslash-path', severity: 'warning', message: 'The folder path contains backslashes.', fix: 'Use forward slashes (/) between folders.' });
    }
    return findings;
  }

  const view = (record: StoredAuthId): AuthIdView => ({
    id: record.id,
    label: record.label,
    provider: record.provider,
    providerName: providerView(record.provider).name,
    serverBaseUrl: record.serverBaseUrl,
    kind: record.kind,
    masked: mask(record.secret),
    created: record.created,
    accountName: record.accountName,
    region: record.region,
    health: record.health,
    lastCheck: record.lastCheck,
    nextCheckAt: record.nextCheckAt,
    history: record.history,
    destinations: record.destinations.map(
      (destination): DestinationView => ({ ...destination, maskedUrl: url(record, destination.path, destination.options, true) }),
    ),
    protection: storage.protection,
  });

  const state = () => ({
    authIds: records.map(view),
    storage,
    logins: [...logins.values()].map((login) => login.progress),
  });
  const emitState = () => events.emit('stateChanged', structuredClone(state()));
  const emitSettings = () => events.emit('settingsChanged', structuredClone(settings));

  function progress(loginId: string, change: Partial<LoginProgressView>): void {
    const login = logins.get(loginId);
    if (!login) throw new UserFacingError('no-login', 'That login has already ended.');
    login.progress = { ...login.progress, ...change };
    events.emit('loginProgress', login.progress);
  }

  function beginLogin(provider: ProviderId, serverBaseUrl: string, reauthorizeId?: string): { loginId: string } {
    if (!(offers[serverBaseUrl] ?? []).includes(provider)) {
      throw new UserFacingError('not-offered', `${serverBaseUrl} does not offer ${provider}.`);
    }
    const loginId = nextId('login-');
    loginIds.push(loginId);
    logins.set(loginId, { serverBaseUrl, reauthorizeId, progress: { loginId, provider, phase: 'opening', message: 'Opening the login window.' } });
    events.emit('loginProgress', logins.get(loginId)!.progress);
    progress(loginId, { phase: 'waiting-for-user', message: `Sign in to ${providerView(provider).name} in the login window and allow access.` });
    return { loginId };
  }

  function check(record: StoredAuthId): CheckView {
    const result: CheckView = { at: now().toISOString(), health: 'healthy', reason: 'The AuthID server issued an access token.' };
    record.health = result.health;
    record.lastCheck = result;
    record.nextCheckAt = new Date(now().getTime() + settings.checkIntervalHours * HOUR).toISOString();
    record.history = [result, ...record.history].slice(0, 20);
    return result;
  }

  function copy(value: string) {
    clipboard.push(value);
    const seconds = settings.clipboardClearSeconds;
    return { clearsAt: seconds === 0 ? null : new Date(now().getTime() + seconds * 1000).toISOString() };
  }

  function analyze(text: string): PasteAnalysisView & { secret?: string } {
    const trimmed = text.trim();
    const asUrl = /^([a-z][a-z0-9.+-]*):\/\/([^?]*)(?:\?(.*))?$/i.exec(trimmed);
    if (asUrl) {
      const [, scheme = '', rest = '', query = ''] = asUrl;
      const provider = Object.values(PROVIDERS).find((candidate) => candidate?.scheme === scheme.toLowerCase())?.id;
      const params = new URLSearchParams(query.replaceAll('+', '%2B'));
      const secret = params.get('authid') ?? undefined;
      params.delete('authid');
      const findings: LintFindingView[] = [];
      if (!provider) findings.push({ code: 'unknown-scheme', severity: 'error', message: `${scheme}:// is not a backend AuthIDs work with.`, fix: 'Paste a Google Drive, OneDrive, Dropbox, Box, Jottacloud or pCloud URL.' });
      if (!secret) findings.push({ code: 'no-authid', severity: 'error', message: 'The URL has no authid.', fix: 'Add ?authid= followed by the AuthID.' });
      if (/authid=[^&]*:/.test(query)) findings.push({ code: 'authid-not-encoded', severity: 'warning', message: 'The AuthID is not percent-encoded.', fix: 'Write : as %3A inside the URL.' });
      return {
        kind: 'connection-url',
        provider,
        maskedUrl: `${scheme}://${rest}?authid=${secret ? mask(secret) : ''}`,
        path: rest,
        options: Object.fromEntries(params),
        serverBaseUrl: HOSTED_HANDLER_VIEW.baseUrl,
        findings,
        canSave: findings.every((finding) => finding.severity !== 'error'),
        secret,
      };
    }
    if (/^[0-9a-f]{8,}:[A-Za-z0-9!._-]{8,}$/.test(trimmed) || /^v2:[a-z.0-9]+:\S+$/.test(trimmed)) {
      const v2Provider = trimmed.startsWith('v2:') ? trimmed.split(':')[1] : undefined;
      return {
        kind: 'authid',
        provider: v2Provider && isProviderId(v2Provider) ? v2Provider : undefined,
        masked: mask(trimmed),
        serverBaseUrl: HOSTED_HANDLER_VIEW.baseUrl,
        findings: [],
        canSave: true,
        secret: trimmed,
      };
    }
    const pseudo = /^(Server error|Error:)/.test(trimmed);
    return {
      kind: 'invalid',
      findings: [
        pseudo
          ? { code: 'pseudo-authid', severity: 'error', message: 'This is an error message from the AuthID server, not an AuthID.', fix: "De-authorize the app at the provider, then authorize again." }
          : { code: 'unrecognised', severity: 'error', message: 'This is neither a connection URL nor an AuthID.', fix: 'Copy the whole URL from Duplicati, or the AuthID on its own.' },
      ],
      canSave: false,
    };
  }

  const handlers: RequestHandlers = {
    getState: async () => state(),
    getSettings: async () => settings,
    listProviders: async () => groupsFor(settings.servers, offers),

    startLogin: async ({ provider, serverBaseUrl }) => beginLogin(provider, serverBaseUrl),
    reauthorize: async ({ id }) => {
      const record = find(id);
      return beginLogin(record.provider, record.serverBaseUrl, record.id);
    },
    openLoginInBrowser: async ({ loginId }) => {
      const login = logins.get(loginId);
      if (login) openedUrls.push(`${login.serverBaseUrl}/login?id=${login.progress.provider}`);
      progress(loginId, { phase: 'waiting-in-browser', message: 'Finish signing in in your browser; this window waits for the AuthID.' });
    },
    cancelLogin: async ({ loginId }) => {
      progress(loginId, { phase: 'cancelled', message: 'You cancelled the login. Nothing was saved.' });
    },

    analyzePaste: async ({ text }) => {
      const analysis: PasteAnalysisView & { secret?: string } = { ...analyze(text) };
      delete analysis.secret;
      return analysis;
    },
    savePaste: async ({ text, label }) => {
      const analysis = analyze(text);
      if (!analysis.canSave || !analysis.secret) throw new UserFacingError('cannot-save', 'Fix the errors first: this text cannot be saved yet.');
      const provider = analysis.provider ?? 'dropbox';
      const record: StoredAuthId = {
        id: nextId('a'),
        label: label ?? `${providerView(provider).name} (pasted)`,
        provider,
        serverBaseUrl: analysis.serverBaseUrl ?? HOSTED_HANDLER_VIEW.baseUrl,
        kind: analysis.secret.startsWith('v2:') ? 'v2' : 'v1',
        secret: decodeURIComponent(analysis.secret),
        created: now().toISOString(),
        health: 'not-checked',
        history: [],
        destinations:
          analysis.kind === 'connection-url'
            ? [{ id: nextId('d'), name: label ?? 'Pasted destination', path: analysis.path ?? '', options: analysis.options ?? {} }]
            : [],
      };
      records.push(record);
      emitState();
      return { id: record.id };
    },

    rename: async ({ id, label }) => {
      find(id).label = label;
      emitState();
    },
    reveal: async ({ id }) => ({ authId: find(id).secret }),
    copyAuthId: async ({ id }) => copy(find(id).secret),
    forget: async ({ id }) => {
      records.splice(records.indexOf(find(id)), 1);
      emitState();
    },

    previewUrl: async ({ id, path, options: opts }) => {
      const record = find(id);
      return { maskedUrl: url(record, path, opts, true), findings: lint(record, path, opts) };
    },
    copyUrl: async ({ id, path, options: opts }) => copy(url(find(id), path, opts, false)),
    saveDestination: async ({ id, name, path, options: opts }) => {
      const record = find(id);
      const destination: StoredDestination = { id: nextId('d'), name, path, options: opts };
      record.destinations.push(destination);
      emitState();
      return { ...destination, maskedUrl: url(record, path, opts, true) };
    },
    removeDestination: async ({ id, destinationId }) => {
      const record = find(id);
      record.destinations = record.destinations.filter((destination) => destination.id !== destinationId);
      emitState();
    },
    copyDestination: async ({ id, destinationId }) => {
      const record = find(id);
      const destination = record.destinations.find((candidate) => candidate.id === destinationId);
      if (!destination) throw new UserFacingError('not-found', 'That destination is no longer saved.');
      return copy(url(record, destination.path, destination.options, false));
    },

    checkNow: async ({ id }) => {
      const result = check(find(id));
      emitState();
      return result;
    },
    checkAll: async () => {
      records.forEach(check);
      emitState();
    },

    planRevoke: async ({ id }) => {
      const record = find(id);
      const provider = providerView(record.provider);
      const stored = record.destinations.length;
      const forget = `Remove it and its ${stored} saved destination${stored === 1 ? '' : 's'} from this computer.`;
      if (record.kind === 'v1') {
        return {
          kind: record.kind,
          method: 'server',
          steps: [`Ask the AuthID server (${record.serverBaseUrl}) to delete this AuthID, so it stops working everywhere.`, forget],
          deauthorizeUrls: [],
        };
      }
      return {
        kind: record.kind,
        method: 'provider-page',
        steps: [
          `The AuthID server cannot revoke this AuthID: ${provider.name} holds the access.`,
          forget,
          `Open ${provider.name}'s app-access page, where you remove Duplicati's access.`,
        ],
        deauthorizeUrls: provider.deauthorizeUrls,
      };
    },
    revoke: async ({ id }) => {
      const record = find(id);
      records.splice(records.indexOf(record), 1);
      emitState();
      const atServer = record.kind === 'v1';
      return {
        revokedAtServer: atServer,
        removedLocally: true,
        message: atServer
          ? 'The AuthID server deleted the AuthID; it no longer works anywhere.'
          : 'Removed from this computer. Finish at the provider so the AuthID stops working.',
        deauthorizeUrls: atServer ? [] : providerView(record.provider).deauthorizeUrls,
      };
    },

    updateSettings: async (change) => {
      settings = { ...settings, ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) };
      emitSettings();
      return settings;
    },
    setStartAtLogin: async ({ enabled }) => {
      settings = { ...settings, startAtLogin: enabled };
      emitSettings();
      return settings;
    },
    addServer: async ({ baseUrl }) => {
      const parsed = new URL(baseUrl);
      if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))) {
        throw new UserFacingError('insecure-server', 'A server must use https unless it runs on this computer.');
      }
      const normalized = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
      if (settings.servers.some((server) => server.baseUrl === normalized)) {
        throw new UserFacingError('duplicate-server', 'That server is already in the list.');
      }
      const server: ServerView = {
        baseUrl: normalized,
        flavour: 'self-hosted',
        name: `Self-hosted (${parsed.host})`,
        tokenHolder: `Your own server at ${parsed.host} holds the provider tokens.`,
        removable: true,
      };
      settings = { ...settings, servers: [...settings.servers, server] };
      emitSettings();
      return settings;
    },
    removeServer: async ({ baseUrl }) => {
      settings = { ...settings, servers: settings.servers.filter((server) => server.baseUrl !== baseUrl || !server.removable) };
      emitSettings();
      return settings;
    },
    testServer: async ({ baseUrl }) => {
      const offered = offers[baseUrl.replace(/\/+$/, '')];
      return offered
        ? { reachable: true, message: 'The server answered.', providers: [...offered] }
        : { reachable: false, message: `Could not connect to ${baseUrl}. Check the address and that the server is running.`, providers: [] };
    },
    setWeakStorageOptIn: async ({ enabled }) => {
      if (!storage.weakOptInAllowed) throw new UserFacingError('not-allowed', 'This computer can encrypt AuthIDs; no opt-in is needed.');
      storage = { ...storage, weakOptIn: enabled, protection: enabled ? 'weak-on-disk' : 'memory-only' };
      emitState();
      return storage;
    },
    openExternal: async ({ url: target }) => {
      openedUrls.push(target);
    },
  };

  // Wraps every handler so a test can make the next call of one request fail.
  const failing = Object.fromEntries(
    (Object.keys(handlers) as RequestName[]).map((name) => [
      name,
      async (input: unknown) => {
        const message = failures.get(name);
        if (message !== undefined) {
          failures.delete(name);
          throw new UserFacingError('test-failure', message);
        }
        return (handlers[name] as (input: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as unknown as RequestHandlers;

  return {
    handlers: failing,
    events,
    clipboard,
    openedUrls,
    loginIds,
    finishLogin: (loginId, outcome) => {
      const login = logins.get(loginId);
      if (!login) throw new Error(`No login ${loginId}.`);
      if (outcome.result === 'failed') {
        progress(loginId, { phase: 'failed', message: outcome.message, deauthorizeUrl: outcome.deauthorizeUrl });
        return;
      }
      const provider = login.progress.provider;
      const existing = login.reauthorizeId ? records.find((record) => record.id === login.reauthorizeId) : undefined;
      const record: StoredAuthId = existing ?? {
        id: nextId('a'),
        label: providerView(provider).name,
        provider,
        serverBaseUrl: login.serverBaseUrl,
        kind: provider === 'pcloud' ? 'access-token-only' : 'v1',
        secret: `${'0123456789abcdef0123456789abcd'}:${nextId('Secret-pass-')}`,
        created: now().toISOString(),
        health: 'not-checked',
        history: [],
        destinations: [],
      };
      record.accountName = outcome.accountName ?? record.accountName;
      check(record);
      if (!existing) records.push(record);
      emitState();
      progress(loginId, { phase: 'succeeded', message: `Saved the AuthID for ${providerView(provider).name}.`, authIdId: record.id });
    },
    failNext: (request, message) => {
      failures.set(request, message);
    },
    authIds: () => records.map(view),
  };
}
