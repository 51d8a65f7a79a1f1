/**
 * The built-in server as the app runs it (through the runner, on 127.0.0.1, tokens sealed in a
 * real file), against the real OAuth provider: a public desktop client with PKCE and clients
 * with a secret; logins, refreshes the way Duplicati makes them, a rotating refresh token,
 * revocation, a restart, a taken port and a client the provider refuses.
 */
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import {
  BuiltInServerRunner,
  JsonFileTokenStorage,
  type BuiltInProviderSetup,
  type BuiltInServerSnapshot,
  type BuiltInServerState,
} from '../../../electron/authid-server';
import { completeLoginAt } from '../../fixtures/browserless/provider-login';
import { manualClock } from '../../fixtures/manual-clock';
import { startOAuthProvider, type OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { refreshWithHeader, revokedResult } from './support/http';

const V1 = /^[0-9a-f]{30}:[A-Za-z0-9!\-_.]{32}$/;
/** Past the server's access-token cache. */
const PAST_CACHE_MS = 3_600_000;

const clock = manualClock();
let provider: OAuthProviderFixture;
let dir: string;

beforeAll(async () => {
  [provider, dir] = await Promise.all([startOAuthProvider(), mkdtemp(join(tmpdir(), 'built-in-runner-'))]);
});
afterAll(async () => {
  await provider?.close();
  await rm(dir, { recursive: true, force: true });
});

const overrides = () => ({ authorizeUrl: provider.authorizeUrl, tokenUrl: provider.tokenUrl, scope: provider.scope });
const publicClient = (): BuiltInProviderSetup => ({ id: 'onedrivev2', clientId: 'public-pkce', overrides: overrides() });
const withSecret = (secret = provider.clients.standard.clientSecret): BuiltInProviderSetup => ({ id: 'googledrive', clientId: 'standard', clientSecret: secret, overrides: overrides() });
const rotating = (): BuiltInProviderSetup => ({ id: 'box.com', clientId: 'rotating', clientSecret: provider.clients.rotating.clientSecret, overrides: overrides() });

function running(snapshot: BuiltInServerSnapshot): Extract<BuiltInServerState, { status: 'running' }> {
  if (snapshot.server.status !== 'running') throw new Error(`the server is ${snapshot.server.status}`);
  return snapshot.server;
}

async function login(baseUrl: string, id: string, account = 'alice'): Promise<string> {
  const { authId } = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=${id}`, { account });
  if (!authId) throw new Error('the login page showed no AuthID');
  return authId;
}

/** Duplicati's refresh: `GET <oauth-url>` with the AuthID in `X-AuthID`. */
const refreshAt = (refreshUrl: string, authId: string) => refreshWithHeader(refreshUrl.replace(/\/refresh$/, ''), authId);

describe('login, refresh, rotate, revoke, restart', () => {
  const file = (): string => join(dir, 'journey', 'tokens.json');
  let runner: BuiltInServerRunner;
  let storage: JsonFileTokenStorage;
  let state: Extract<BuiltInServerState, { status: 'running' }>;
  const authIds: Record<string, string> = {};

  beforeAll(async () => {
    storage = new JsonFileTokenStorage(file());
    runner = new BuiltInServerRunner({ port: 0, providers: [publicClient(), withSecret(), rotating()], storage, clock });
    state = running(await runner.start());
  });
  afterAll(async () => {
    await runner?.stop();
    await storage?.close();
  });

  it('runs on 127.0.0.1 and names the URLs for connection URLs and provider registrations', () => {
    expect(state.baseUrl).toBe(`http://127.0.0.1:${state.port}`);
    expect(state.refreshUrl).toBe(`http://127.0.0.1:${state.port}/refresh`);
    expect(state.redirectUri).toBe(`http://127.0.0.1:${state.port}/logged-in`);
  });

  it('a public desktop client logs in with PKCE and no secret, and Duplicati refreshes the AuthID', async () => {
    const start = await fetch(`${state.baseUrl}/login?id=onedrivev2`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The provider refuses this client's code exchange without the PKCE verifier.
    authIds.onedrivev2 = await login(state.baseUrl, 'onedrivev2');
    expect(authIds.onedrivev2).toMatch(V1);
    expect(provider.tokenRequests.at(-1)).toEqual({ grantType: 'authorization_code', clientId: 'public-pkce', ok: true });
    expect(await refreshAt(state.refreshUrl, authIds.onedrivev2)).toMatchObject({ status: 200, json: { type: 'onedrivev2', access_token: expect.any(String) } });
  });

  it('a client with a secret logs in and refreshes', async () => {
    authIds.googledrive = await login(state.baseUrl, 'googledrive');
    expect(authIds.googledrive).toMatch(V1);
    expect(await refreshAt(state.refreshUrl, authIds.googledrive)).toMatchObject({ status: 200, json: { type: 'googledrive' } });
  });

  it('a Box-like rotating refresh token keeps working refresh after refresh', async () => {
    authIds.box = await login(state.baseUrl, 'box.com', 'rotating-user');
    provider.resetCounters();
    for (let round = 0; round < 3; round += 1) {
      expect(await refreshAt(state.refreshUrl, authIds.box)).toMatchObject({ status: 200, json: { type: 'box.com' } });
      clock.advance(PAST_CACHE_MS);
    }
    expect(provider.countTokenRequests({ grantType: 'refresh_token', ok: true })).toBe(3);
    expect(provider.countTokenRequests({ grantType: 'refresh_token', ok: false })).toBe(0);
  });

  it('a revoked AuthID stops refreshing once the cached token runs out', async () => {
    const revoked = await fetch(`${state.baseUrl}/revoked`, { method: 'POST', headers: { 'X-AuthID': authIds.googledrive! } });
    expect(revokedResult(await revoked.text())).toBe('Token is revoked');
    clock.advance(PAST_CACHE_MS);
    expect(await refreshAt(state.refreshUrl, authIds.googledrive!)).toMatchObject({ status: 401, reason: 'Invalid key or password' });
  });

  it('after a restart on the same port, with the token file reopened, the other AuthIDs refresh again', async () => {
    await runner.stop();
    expect(runner.snapshot().server).toEqual({ status: 'stopped' });
    await expect(fetch(state.refreshUrl)).rejects.toThrow();
    await storage.close();

    storage = new JsonFileTokenStorage(file());
    runner = new BuiltInServerRunner({ port: state.port, providers: [publicClient(), withSecret(), rotating()], storage, clock });
    const again = running(await runner.start());
    expect(again.refreshUrl).toBe(state.refreshUrl);
    provider.resetCounters();
    expect(await refreshAt(again.refreshUrl, authIds.onedrivev2!)).toMatchObject({ status: 200, json: { type: 'onedrivev2' } });
    expect(await refreshAt(again.refreshUrl, authIds.box!)).toMatchObject({ status: 200, json: { type: 'box.com' } });
    expect(await refreshAt(again.refreshUrl, authIds.googledrive!)).toMatchObject({ status: 401 });
    expect(provider.countTokenRequests({ grantType: 'refresh_token', ok: true })).toBe(2);
    // What the provider's answers showed: two clients work; the revoked AuthID never reached the provider.
    expect(runner.snapshot().providers).toEqual({ onedrivev2: { status: 'ready' }, googledrive: { status: 'unchecked' }, 'box.com': { status: 'ready' } });
  });
});

describe('states the app shows', () => {
  it('port taken: says so, and starts once the port is free', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const runner = new BuiltInServerRunner({ port, providers: [publicClient()], storage: new JsonFileTokenStorage(join(dir, 'taken', 'tokens.json')) });
    const seen: string[] = [];
    runner.onChange((snapshot) => seen.push(snapshot.server.status));
    try {
      const taken = (await runner.start()).server;
      expect(taken).toMatchObject({ status: 'port-taken', port });
      expect(taken.status === 'port-taken' && taken.message).toContain(`Another program already uses port ${port} on 127.0.0.1`);
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
      expect(running(await runner.start()).port).toBe(port);
      expect(seen).toEqual(['port-taken', 'running']);
    } finally {
      await runner.stop();
    }
  });

  it('a client the provider refuses (invalid_client) is explained, checking finds it before any login, and a corrected secret fixes it', async () => {
    const storage = new JsonFileTokenStorage(join(dir, 'refused', 'tokens.json'));
    const runner = new BuiltInServerRunner({ port: 0, providers: [withSecret('not-the-secret'), publicClient()], storage });
    try {
      const checked = await runner.checkProvider('googledrive');
      expect(checked).toMatchObject({ status: 'misconfigured', reason: 'invalid-client' });
      expect(await runner.checkProvider('onedrivev2')).toEqual({ status: 'ready' });

      const { baseUrl } = running(await runner.start());
      const page = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=googledrive`);
      expect(page.authId).toBe('Server error, close window and try again');
      const health = runner.snapshot().providers.googledrive;
      expect(health).toMatchObject({ status: 'misconfigured', reason: 'invalid-client' });
      expect(health?.status === 'misconfigured' && health.message).toBe(
        'Google Drive (limited) refused the client id or secret (invalid_client). Check both against the app you registered at https://console.cloud.google.com/auth/clients, or create a new secret there and enter it again.',
      );

      // The user enters the right secret: the server restarts with it, and the login works.
      const fixed = await runner.update({ port: 0, providers: [withSecret(), publicClient()], storage });
      expect(fixed.providers.googledrive).toEqual({ status: 'unchecked' });
      const next = running(fixed);
      expect((await completeLoginAt(provider, next.baseUrl, `${next.baseUrl}/login?id=googledrive`)).authId).toMatch(V1);
      expect(runner.snapshot().providers.googledrive).toEqual({ status: 'ready' });
    } finally {
      await runner.stop();
      await storage.close();
    }
  });

  it('a provider that needs a secret but has none is left out, and the others run', async () => {
    const storage = new JsonFileTokenStorage(join(dir, 'missing', 'tokens.json'));
    const runner = new BuiltInServerRunner({ port: 0, providers: [{ ...rotating(), clientSecret: '' }, publicClient()], storage });
    try {
      const snapshot = await runner.start();
      expect(snapshot.providers['box.com']).toMatchObject({ status: 'misconfigured', reason: 'missing-secret' });
      const { baseUrl } = running(snapshot);
      expect((await fetch(`${baseUrl}/login?id=box.com`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${baseUrl}/login?id=onedrivev2`, { redirect: 'manual' })).status).toBe(302);
    } finally {
      await runner.stop();
      await storage.close();
    }
  });

  it('without a usable provider it does not start', async () => {
    const runner = new BuiltInServerRunner({ port: 0, providers: [{ id: 'nosuch', clientId: 'x' }], storage: new JsonFileTokenStorage(join(dir, 'none', 'tokens.json')) });
    expect((await runner.start()).server).toEqual({ status: 'no-providers', message: 'Set up at least one provider to start the built-in server.' });
  });
});
