import { handleOpenerScript, handleStylesheet } from './handlers/assets';
import { handleCliTokenForm, handleCliTokenLogin } from './handlers/cli-token';
import { handleFetch } from './handlers/fetch';
import { handleHealth } from './handlers/health';
import { handleIndex } from './handlers/index';
import { handleLoggedIn } from './handlers/logged-in';
import { handleLogin } from './handlers/login';
import { handlePrivacyPolicy } from './handlers/privacy-policy';
import { handleRefresh } from './handlers/refresh';
import { handleRevoked, handleRevokeForm } from './handlers/revoke';
import { OPENER_SCRIPT_PATH, STYLESHEET_PATH } from './pages/static-assets';
import type { Handler } from './server-context';

/** Path → method → handler: the self-hosted server's endpoints, two static files and a health check. */
export const ROUTES: ReadonlyMap<string, Readonly<Record<string, Handler>>> = new Map<string, Record<string, Handler>>([
  ['/', { GET: handleIndex }],
  ['/login', { GET: handleLogin }],
  ['/logged-in', { GET: handleLoggedIn }],
  ['/fetch', { GET: handleFetch }],
  ['/refresh', { GET: handleRefresh, POST: handleRefresh }],
  ['/revoke', { GET: handleRevokeForm }],
  ['/revoked', { POST: handleRevoked }],
  ['/cli-token', { GET: handleCliTokenForm }],
  ['/cli-token-login', { POST: handleCliTokenLogin }],
  ['/privacy-policy', { GET: handlePrivacyPolicy }],
  ['/healthz', { GET: handleHealth }],
  [STYLESHEET_PATH, { GET: handleStylesheet }],
  [OPENER_SCRIPT_PATH, { GET: handleOpenerScript }],
]);
