// The view types the window renders, re-exported so components import them from one short path.
export type * from '../../../electron/ipc/views';
export type { EventPayloads, RequestInput } from '../../../electron/ipc/contract';
export type { ProviderId } from '../../../electron/services/providers/provider-id';
export type { AuthIdKind } from '../../../electron/services/authids/authid-kind';
export type { ServerFlavour } from '../../../electron/services/servers/known-servers';
export type * from '../../../electron/ipc/builtin-server-views';
