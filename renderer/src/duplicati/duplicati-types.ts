// The Duplicati views the window renders (masked AuthIDs, never a password).
export type * from '../../../electron/ipc/duplicati-views';
