// The login flow: a window (or the user's browser) on the AuthID server, the AuthID captured once.
export { createLoginService, type LoginService, type LoginServiceDeps, type LoginRequest, type StartedLogin } from './login-service';
export type { LoginSession, AcceptLogin } from './login-session';
export type { CapturedLogin, LoginOutcome } from './login-outcome';
export type { LoginWindowPort, LoginWindowHandle, LoginWindowOpenOptions, LoginNavigation, ExternalBrowserPort } from './login-ports';
export type { LoginServerClient, LoginTiming } from './login-deps';
export { analyzePastedLogin, type PastedLogin, type PastedLoginContext, type PastedLoginToSave } from './pasted-login';
export type { LoginPhase, LoginProgressView } from './login-progress';
export type { PasteAnalysis } from './paste-analysis';
