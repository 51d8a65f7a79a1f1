/**
 * The project's real server behind the hosted-handler stand-in answers the way
 * shared/reference/authid-protocol.md says the hosted handler does, and the app's server client
 * reads those answers right: worker offload, the provider's own errors, bare 500s.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it  } from 'vitest';
import { refresh } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { manualClock } from '../../fixtures/manual-clock';

const PAST_CACHE_MS = 3_600_000;
const clock = manualClock();
let hosted: AuthIdStack;
let offloading: AuthIdStack;
let selfHosted: AuthIdStack;
const asServer = (stack: AuthIdStack): AuthIdServer => ({ baseUrl: stack.baseUrl, flavour: 'hosted-handler' });

beforeAll(async () => {
  [hosted, offloading, selfHosted] = await Promise.all([
    startAuthIdStack({ clock, providers: ['dropbox', 'box.com', 'onedrivev2', 'jottacloud'], answersLike: { flavour: 'hosted-handler' } }),
    startAuthIdStack({ clock, answersLike: { flavour: 'hosted-handler', workerOffload: true } }),
    startAuthIdStack({ clock, providers: ['dropbox'], answersLike: { flavour: 'self-hosted' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([hosted?.close(), offloading?.close(), selfHosted?.close()]);
});
beforeEach(() => {
  clock.advance(PAST_CACHE_MS);
  hosted.provider.setDown(false);
});

const login = async (stack: AuthIdStack, provider: string, account = 'alice'): Promise<string> => {
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`, { account });
  if (!authId?.includes(':')) throw new Error('the login gave no AuthID');
  return authId;
};

describe('logins', () => {
  it('/login for a provider the server does not have: hosted JSON 500 "Server error", self-hosted a page that says so', async () => {
    const answer = await fetch(`${hosted.baseUrl}/login?id=googledrive&token=x`, { redirect: 'manual' });
    expect([answer.status, answer.headers.get('x-reason'), await answer.json()]).toEqual([500, null, { error: 'Server error' }]);
    const page = await fetch(`${selfHosted.baseUrl}/login?id=box.com`, { redirect: 'manual' });
    expect(await page.text()).toContain('No such provider on this server.');
  });

  it('a code exchange the provider refuses: JSON 500 with the provider’s error in X-Reason, naming the provider', async () => {
    hosted.standIn!.edge.setFault('dropbox', { grantType: 'authorization_code', status: 400, body: '{"error": "invalid_grant", "error_description": "The code has expired."}' });
    try {
      const outcome = await hosted.completeLogin(`${hosted.baseUrl}/login?id=dropbox`);
      expect(outcome.status).toBe(500);
      expect(outcome.authId).toBeNull();
      expect(JSON.parse(outcome.html)).toEqual({ error: 'Request error: {"error": "invalid_grant", "error_description": "The code has expired."} (code: 400)' });
    } finally {
      hosted.standIn!.edge.setFault('dropbox', undefined);
    }
  });

  it('a CLI token it cannot use: the error as page text, with no AuthID on the page', async () => {
    const outcome = await hosted.completeCliLogin('', { cliToken: 'not-a-token' });
    expect([outcome.status, outcome.authId]).toEqual([200, null]);
    expect(outcome.html).toContain('Error: Invalid CLI token');
  });
});

describe('refreshes', () => {
  it('worker offload: a 302 to the worker’s /refresh, which the client follows once and which refreshes for real', async () => {
    const authId = await login(offloading, 'onedrivev2');
    const first = await fetch(`${offloading.baseUrl}/refresh`, { headers: { 'X-AuthID': authId }, redirect: 'manual' });
    expect([first.status, first.headers.get('location')]).toEqual([302, `${offloading.standIn!.workerBaseUrl}/refresh`]);
    expect(await refresh(authId, asServer(offloading))).toMatchObject({ ok: true, expiresInSeconds: 3590, serviceType: 'onedrivev2' });
  });

  it('a revoked grant: the provider’s invalid_grant in X-Reason means log in again, and the message names the provider', async () => {
    const authId = await login(hosted, 'box.com', 'revoked-box-user');
    hosted.provider.revokeAllGrants('revoked-box-user');
    const answer = await fetch(`${hosted.baseUrl}/refresh`, { headers: { 'X-AuthID': authId } });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-reason')).toMatch(/^Authentication provider for box\.com gave error: .*invalid_grant/);
    const result = await refresh(authId, asServer(hosted), { provider: 'box.com' });
    expect(result).toMatchObject({ ok: false, kind: 'provider-refused', retryable: false, needsReauthorization: true });
    expect(!result.ok && result.message).toMatch(/^Box refused to give a new access token: the access was revoked or has expired\. Log in again/);
  });

  it('a provider that is down for a moment (temporarily_unavailable) is retried, not re-authorized', async () => {
    const authId = await login(hosted, 'dropbox');
    clock.advance(PAST_CACHE_MS);
    hosted.provider.setDown(true);
    const result = await refresh(authId, asServer(hosted));
    expect(result).toMatchObject({ ok: false, kind: 'provider-refused', retryable: true, needsReauthorization: false });
    expect(!result.ok && result.message).toBe('Dropbox could not give a new access token just now. It will be tried again.');
  });

  it('any other failure is a bare HTML 500 with no reason', async () => {
    const authId = await login(hosted, 'onedrivev2');
    clock.advance(PAST_CACHE_MS);
    hosted.standIn!.edge.setFault('onedrivev2', { grantType: 'refresh_token', status: 200, contentType: 'text/html', body: '<html>maintenance</html>' });
    try {
      const answer = await fetch(`${hosted.baseUrl}/refresh`, { headers: { 'X-AuthID': authId } });
      expect([answer.status, answer.headers.get('x-reason')]).toEqual([500, null]);
      expect(await answer.text()).toMatch(/^<html>/);
      expect(await refresh(authId, asServer(hosted))).toMatchObject({ ok: false, kind: 'server-error-no-reason', retryable: true, needsReauthorization: false });
    } finally {
      hosted.standIn!.edge.setFault('onedrivev2', undefined);
    }
  });
});
