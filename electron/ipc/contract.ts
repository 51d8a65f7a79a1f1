/**
 * The one IPC contract between main and the renderer: every request with the schema of its
 * payload and the type of its answer, and every event main pushes. Main validates payloads
 * with these schemas; the renderer imports this module with `import type` only.
 */
import { z } from 'zod';
import { PROVIDER_IDS } from '../services/providers';
import type { ChannelEventName, ChannelRequestName } from './channels';
import { request } from './request';
import { PASTE_CHOICE } from './paste-choice';
import { TRANSFER_REQUESTS } from './transfer-requests';
import { DUPLICATI_REQUESTS } from './duplicati-requests';
import type { DuplicatiStateView } from './duplicati-views';
import { KEYCHAIN_REQUESTS } from './keychain-requests';
import { BUILT_IN_SERVER_REQUESTS } from './builtin-server-requests';
import { SECRETS_FILE_REQUESTS } from './secrets-file-requests';
import type * as V from './views';

const id = z.string().min(1).max(64);
const label = z.string().trim().min(1).max(200);
const folderPath = z.string().max(2048);
const options = z
  .record(z.string().min(1).max(64), z.string().max(2048))
  .refine((o) => Object.keys(o).length <= 32, 'At most 32 options.');
const baseUrl = z.string().min(1).max(2048);
const noInput = z.undefined();
/** A destination's folder, options and (pCloud only) region host, which the URL builder checks. */
const destination = { path: folderPath, options, host: z.string().min(1).max(253).optional() };


export const REQUESTS = {
  getState: request<V.AppStateView>()(noInput),
  getSettings: request<V.SettingsView>()(noInput),
  listProviders: request<readonly V.ProviderGroupView[]>()(noInput),

  startLogin: request<{ loginId: string }>()(
    z.strictObject({ provider: z.enum(PROVIDER_IDS), serverBaseUrl: baseUrl }),
  ),
  reauthorize: request<{ loginId: string }>()(z.strictObject({ id })),
  openLoginInBrowser: request<void>()(z.strictObject({ loginId: id })),
  cancelLogin: request<void>()(z.strictObject({ loginId: id })),

  analyzePaste: request<V.PasteAnalysisView>()(z.strictObject({ text: z.string().max(16_384), ...PASTE_CHOICE })),
  savePaste: request<{ id: string }>()(
    z.strictObject({ text: z.string().max(16_384), label: label.optional(), ...PASTE_CHOICE }),
  ),

  rename: request<void>()(z.strictObject({ id, label })),
  reveal: request<{ authId: string }>()(z.strictObject({ id })),
  copyAuthId: request<V.CopyResultView>()(z.strictObject({ id })),
  forget: request<void>()(z.strictObject({ id })),

  previewUrl: request<V.UrlPreviewView>()(
    z.strictObject({ id, ...destination }),
  ),
  copyUrl: request<V.CopyResultView>()(
    z.strictObject({ id, ...destination }),
  ),
  saveDestination: request<V.DestinationView>()(z.strictObject({ id, name: label, ...destination })),
  removeDestination: request<void>()(
    z.strictObject({ id, destinationId: id }),
  ),
  copyDestination: request<V.CopyResultView>()(
    z.strictObject({ id, destinationId: id }),
  ),
  /** The user has seen how the new URL rules change a saved destination's URL. */
  acceptDestinationUrl: request<void>()(z.strictObject({ id, destinationId: id })),

  checkNow: request<V.CheckView>()(z.strictObject({ id })),
  checkAll: request<void>()(noInput),

  planRevoke: request<V.RevokePlanView>()(z.strictObject({ id })),
  revoke: request<V.RevokeResultView>()(z.strictObject({ id })),

  updateSettings: request<V.SettingsView>()(
    z.strictObject({
      checkIntervalHours: z.number().int().min(1).max(24 * 30).optional(),
      notifications: z.boolean().optional(),
      clipboardClearSeconds: z.number().int().min(0).max(3600).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
    }),
  ),
  setStartAtLogin: request<V.SettingsView>()(z.strictObject({ enabled: z.boolean() })),
  addServer: request<V.SettingsView>()(z.strictObject({ baseUrl })),
  removeServer: request<V.SettingsView>()(z.strictObject({ baseUrl })),
  testServer: request<V.ServerProbeView>()(z.strictObject({ baseUrl })),
  setWeakStorageOptIn: request<V.StorageStatusView>()(
    z.strictObject({ enabled: z.boolean() }),
  ),
  openExternal: request<void>()(z.strictObject({ url: z.string().max(2048) })),
  ...TRANSFER_REQUESTS,
  ...DUPLICATI_REQUESTS,
  ...KEYCHAIN_REQUESTS,
  ...BUILT_IN_SERVER_REQUESTS,
  ...SECRETS_FILE_REQUESTS,
} as const;

export type RequestName = keyof typeof REQUESTS;
export type RequestInput<N extends RequestName> = z.input<(typeof REQUESTS)[N]['input']>;
type RequestOutput<N extends RequestName> = Exclude<(typeof REQUESTS)[N]['output'], undefined>;

/** Events main pushes to the window. */
export interface EventPayloads {
  stateChanged: V.AppStateView;
  settingsChanged: V.SettingsView;
  /** What the servers offer changed (a server's index page was read). */
  providersChanged: readonly V.ProviderGroupView[];
  loginProgress: V.LoginProgressView;
  /** The tray asks the window to show a screen (e.g. an AuthID's detail after "Re-authorize"), at a section of it when given. */
  navigate: { screen: 'authids' | 'authorize' | 'paste' | 'settings' | 'detail'; id?: string; section?: 'built-in-server' };
  duplicatiChanged: DuplicatiStateView;
}
export type EventName = keyof EventPayloads;

// The zod-free channel list must name exactly these requests and events.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @public Checked by the compiler, used by nothing (knip reads the tag). */
export type ChannelsMatchContract = [
  Assert<Same<RequestName, ChannelRequestName>>,
  Assert<Same<EventName, ChannelEventName>>,
];

/** What crosses IPC for a request: errors travel as data so their message reaches the renderer intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

type Call<N extends RequestName> =
  RequestInput<N> extends undefined ? () => Promise<RequestOutput<N>> : (input: RequestInput<N>) => Promise<RequestOutput<N>>;

/** `window.authids`: exactly the contract's requests plus one way to listen. */
export type AuthIdsApi = { readonly [N in RequestName]: Call<N> } & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void;
};

/** A request's payload after main validated it. */
export type RequestArgs<N extends RequestName> = z.output<(typeof REQUESTS)[N]['input']>;

/** What main implements: one async function per request, taking the validated payload. */
export type RequestHandlers = {
  readonly [N in RequestName]: (input: RequestArgs<N>) => Promise<RequestOutput<N>>;
};
