// The AuthID-server client: everything the app asks of a hosted, self-hosted or built-in server.
export { newFetchToken, loginUrl, type LoginUrl } from './login-url';
export { LOGIN_EXPIRED_MESSAGE, type FetchAuthIdResult, type FetchAuthIdOptions } from './fetch-authid';
export { pollForAuthId, type AuthIdPoll, type PollOptions, type PollResult } from './poll-for-authid';
export { refresh, type RefreshOptions, type RefreshResult, type RefreshSuccess } from './refresh';
export { endpointUrl } from './endpoint-url';
export { revoke, type RevokeOptions } from './revoke';
export type { RevokeResult, RevokeSuccess, RevokeRefusal } from './revoke-outcome';
export { probe, type ProbeOptions, type ProbeResult } from './probe';
export { serverHost, type ServerFailure, type ServerFailureKind } from './server-failure';
export { unexplainedServerErrorMessage } from './refresh-failure';
export type { FetchFn, RequestOptions } from './http-deps';
export { exchange, type HttpAnswer, type HttpExchange, type ExchangeOptions } from './http-exchange';
export { parseJsonObject } from './parse-json-object';
export type { LoggedInPageResult, PcloudRegion } from './logged-in-page';
export { prepareLogin, type PreparedLogin, type PrepareLoginOptions } from './prepare-login';
export { sayingOf } from './answer-text';
export { judgeProviderError, oauthErrorCode, oauthErrorDescription, type ProviderErrorVerdict } from './oauth-error-code';
