import { afterAll, beforeAll, beforeEach, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { manualClock } from '../../fixtures/manual-clock';
import { refreshWithHeader } from './support/http';

/** Past the server's access-token cache (3590 s, handed out while more than 30 s remain). */
const PAST_CACHE_MS = 3_600_000;

const clock = manualClock();
let stack: AuthIdStack;
let noStorage: AuthIdStack;

beforeAll(async () => {
  [stack, noStorage] = await Promise.all([startAuthIdStack({ clock }), startAuthIdStack({ storage: false, clock })]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), noStorage?.close()]);
});
beforeEach(() => {
  stack.provider.resetCounters();
  noStorage.provider.resetCounters();
});

const login = async (on: AuthIdStack, provider: string, account = 'alice'): Promise<string> => {
  const { authId } = await on.completeLogin(`${on.baseUrl}/login?id=${provider}`, { account });
  if (!authId || !authId.includes(':')) throw new Error('login gave no AuthID');
  return authId;
};
const refreshes = (on: AuthIdStack, ok?: boolean): number =>
  on.provider.countTokenRequests({ grantType: 'refresh_token', ...(ok === undefined ? {} : { ok }) });

describe('refresh', () => {
  it('the AuthID may come as query, form field or X-AuthID; the answer is {access_token, expires, type}', async () => {
    const authId = await login(stack, 'onedrivev2');
    const viaQuery = await fetch(`${stack.baseUrl}/refresh?authid=${encodeURIComponent(authId)}`);
    const viaForm = await fetch(`${stack.baseUrl}/refresh`, { method: 'POST', body: new URLSearchParams({ authid: authId }) });
    const viaHeader = await refreshWithHeader(stack.baseUrl, authId);
    const first = await viaQuery.json();
    expect(viaQuery.status).toBe(200);
    expect(first).toEqual({ access_token: expect.stringMatching(/\S{20,}/), expires: 3590, type: 'onedrivev2' });
    expect(viaForm.status).toBe(200);
    expect(await viaForm.json()).toEqual(first);
    expect(viaHeader.json).toEqual(first);
  });

  it('a cached access token is handed out while more than 30 s remain; the provider sees one refresh', async () => {
    const authId = await login(stack, 'googledrive');
    const fresh = await refreshWithHeader(stack.baseUrl, authId);
    clock.advance(60_000);
    const cached = await refreshWithHeader(stack.baseUrl, authId);
    expect(cached.json).toEqual({ ...(fresh.json as object), expires: 3530 });
    expect(refreshes(stack)).toBe(1);
    clock.advance(3_500_000);
    const renewed = await refreshWithHeader(stack.baseUrl, authId);
    expect(renewed.status).toBe(200);
    expect((renewed.json as { access_token: string }).access_token).not.toBe((fresh.json as { access_token: string }).access_token);
    expect(refreshes(stack)).toBe(2);
  });

  it('dropbox refreshes work without redirect_uri', async () => {
    const authId = await login(stack, 'dropbox');
    expect((await refreshWithHeader(stack.baseUrl, authId)).json).toMatchObject({ type: 'dropbox' });
  });

  it('v2 AuthIDs refresh statelessly, also on a server that has storage', async () => {
    const authId = await login(noStorage, 'onedrivev2');
    expect((await refreshWithHeader(noStorage.baseUrl, authId)).json).toMatchObject({ type: 'onedrivev2', expires: 3590 });
  });

  it('once the grant is revoked at the provider: cached answers until the cache runs out, then 500 An error occurred', async () => {
    const authId = await login(stack, 'onedrivev2', 'revoked-user');
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
    expect(stack.provider.revokeAllGrants('revoked-user')).toBeGreaterThan(0);
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
    clock.advance(PAST_CACHE_MS);
    const refused = await refreshWithHeader(stack.baseUrl, authId);
    expect(refused).toMatchObject({ status: 500, reason: 'An error occurred', text: 'An error occurred' });
    expect(refreshes(stack, false)).toBe(1);
  });

  it('a provider that is down gives 500 An error occurred', async () => {
    const authId = await login(stack, 'onedrivev2');
    stack.provider.setDown(true);
    try {
      expect(await refreshWithHeader(stack.baseUrl, authId)).toMatchObject({ status: 500, reason: 'An error occurred' });
    } finally {
      stack.provider.setDown(false);
    }
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
  });
});

describe('rotating refresh tokens', () => {
  it('box.com v1: each refresh stores the new refresh token, so refreshing again and again keeps working', async () => {
    const authId = await login(stack, 'box.com');
    for (let round = 0; round < 3; round += 1) {
      expect(await refreshWithHeader(stack.baseUrl, authId)).toMatchObject({ status: 200, json: { type: 'box.com' } });
      clock.advance(PAST_CACHE_MS);
    }
    expect(refreshes(stack, true)).toBe(3);
    expect(refreshes(stack, false)).toBe(0);
  });

  it('box.com v1: concurrent refreshes share one provider call, so the refresh token is spent once', async () => {
    const authId = await login(stack, 'box.com');
    const answers = await Promise.all([1, 2, 3].map(() => refreshWithHeader(stack.baseUrl, authId)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => (a.json as { access_token: string }).access_token)).size).toBe(1);
    expect(refreshes(stack)).toBe(1);
  });

  it('jottacloud (CLI login) rotates too and keeps working', async () => {
    const { authId } = await stack.completeCliLogin();
    for (let round = 0; round < 2; round += 1) {
      expect(await refreshWithHeader(stack.baseUrl, authId!)).toMatchObject({ status: 200, json: { type: 'jottacloud' } });
      clock.advance(PAST_CACHE_MS);
    }
    expect(refreshes(stack, true)).toBe(2);
  });

  it('box.com v2 cannot follow rotation: the second refresh past the cache is refused', async () => {
    const authId = await login(noStorage, 'box.com');
    expect((await refreshWithHeader(noStorage.baseUrl, authId)).status).toBe(200);
    clock.advance(PAST_CACHE_MS);
    expect(await refreshWithHeader(noStorage.baseUrl, authId)).toMatchObject({ status: 500, reason: 'An error occurred' });
  });
});

describe('refresh errors (self-hosted texts)', () => {
  it.each([
    ['no AuthID', undefined, 400, 'Missing AuthID'],
    ['no colon', 'justonepart', 400, 'Invalid AuthId format'],
    ['unknown key id', `${'0'.repeat(30)}:${'a'.repeat(32)}`, 401, 'Invalid key or password'],
    ['v2 for an unknown provider', 'v2:nosuch:abcdefghijk', 400, 'Invalid AuthId format'],
    ['v2 with a too short refresh token', 'v2:onedrivev2:abc', 400, 'Invalid AuthId format'],
  ])('%s: %i %s', async (_label, authId, status, reason) => {
    const response = await fetch(`${stack.baseUrl}/refresh`, authId === undefined ? {} : { headers: { 'X-AuthID': authId } });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-reason')).toBe(reason);
    expect(await response.text()).toBe(reason);
  });

  it('wrong password: 401 Invalid key or password', async () => {
    const authId = await login(stack, 'onedrivev2');
    const [keyId] = authId.split(':');
    expect(await refreshWithHeader(stack.baseUrl, `${keyId}:${'x'.repeat(32)}`)).toMatchObject({ status: 401, reason: 'Invalid key or password' });
  });

  it('a v1 AuthID on a server without storage: 400 Persisted storage is not configured', async () => {
    const authId = await login(stack, 'onedrivev2');
    expect(await refreshWithHeader(noStorage.baseUrl, authId)).toMatchObject({ status: 400, reason: 'Persisted storage is not configured' });
  });

  it('revoked at the server: the cached token until it runs out, then 401 Invalid key or password', async () => {
    const authId = await login(stack, 'onedrivev2');
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
    const revoked = await fetch(`${stack.baseUrl}/revoked`, { method: 'POST', headers: { 'X-AuthID': authId } });
    expect(await revoked.text()).toContain('Token is revoked');
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
    clock.advance(PAST_CACHE_MS);
    expect(await refreshWithHeader(stack.baseUrl, authId)).toMatchObject({ status: 401, reason: 'Invalid key or password' });
  });
});
