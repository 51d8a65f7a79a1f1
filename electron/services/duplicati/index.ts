// AuthID Manager's connection to the user's Duplicati server: see docs/duplicati-connection.md.
export { openDuplicatiService, type DuplicatiService, type DuplicatiServiceDeps, type PlanRequest } from './duplicati-service';
export type { ConnectInput } from './duplicati-connection';
export type { HeldAuthId, HeldAuthIds } from './ports';
export type { DuplicatiFailure, DuplicatiFailureKind } from './failures';
export type { DestinationLint } from './destination-lint';
export type * from './views/duplicati-views';
