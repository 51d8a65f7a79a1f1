// AuthIDs themselves: their kinds, parsing, masks, health, and the look-alikes that are not AuthIDs.
export type { AuthIdKind } from './authid-kind';
export { HIDDEN_AUTHID, maskAuthId } from './authid-mask';
export { MAX_AUTHID_LENGTH, parseAuthId, type AuthIdParseResult, type AuthIdProblem, type AuthIdRejection, type ParsedAuthId } from './authid-parse';
export type { CheckView, Health } from './health';
export { advisePseudoAuthId, detectPseudoAuthId, type PseudoAuthIdKind } from './pseudo-authid';
