// The view types the window renders, re-exported so components import them from one short path.
export type * from '../../../electron/ipc/views';
export type * from '../../../electron/ipc/keychain-views';
export type { EventPayloads, RequestInput } from '../../../electron/ipc/contract';
export type * from '../../../electron/ipc/transfer-views';
export type * from '../../../electron/ipc/builtin-server-views';
export type * from '../../../electron/ipc/secrets-file-views';
