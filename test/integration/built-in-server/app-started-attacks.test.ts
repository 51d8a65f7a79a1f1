/**
 * Issue 16's attacks (section 1) once more, against the server as the app starts it: the app's
 * built-in server service on its own files, set up as main sets it up (no trusted origin but
 * the ones the user adds, the default limits), with a provider registered in it. The attack
 * files under test/integration/authid-server/attacks/ try each attack in depth against the bare
 * server; this one shows the app's way of starting it switches none of the defences off.
 */
import { Agent } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_LIMITS } from '../../../electron/authid-server';
import { openBuiltInServer, type BuiltInServer } from '../../../electron/services/built-in-server';
import { completeLoginAt } from '../../fixtures/browserless/provider-login';
import { osPickedPort } from '../../fixtures/loopback-server';
import { startOAuthProvider, type OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { newFetchToken, rawRequest, refreshWithHeader } from '../authid-server/support/http';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let provider: OAuthProviderFixture;
let folder: TempFolder;
let server: BuiltInServer;
let baseUrl: string;

beforeAll(async () => {
  provider = await startOAuthProvider();
  folder = tempFolder();
  const { authorizeUrl, tokenUrl, scope } = provider;
  server = await openBuiltInServer({ backend: folder.backend(), secretBox: new FakeSecretBox(), overrides: { onedrivev2: { authorizeUrl, tokenUrl, scope } } });
  const free = await osPickedPort();
  await free.close();
  await server.setPort(free.port);
  await server.saveRegistration({ id: 'onedrivev2', clientId: 'public-pkce' });
  const { snapshot } = await server.setEnabled(true);
  if (snapshot.server.status !== 'running') throw new Error(`the built-in server did not start: ${snapshot.server.status}`);
  baseUrl = snapshot.server.baseUrl;
});
afterAll(async () => {
  await server?.stop();
  await provider?.close();
  folder?.remove();
});

/** A login through the built-in server, its AuthID left at `token`'s slot for /fetch. */
async function loginWithToken(): Promise<{ token: string; authId: string }> {
  const token = newFetchToken();
  expect((await rawRequest(baseUrl, `/?token=${token}`)).status).toBe(200);
  const { authId } = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=onedrivev2&token=${token}`);
  if (!authId?.includes(':')) throw new Error('the login gave no AuthID');
  return { token, authId };
}

const fetchSlot = async (token: string, query = ''): Promise<Response> => fetch(`${baseUrl}/fetch?token=${token}${query}`);

describe('a web page cannot take an AuthID from the server the app runs', () => {
  it('the result page posts the AuthID to no opener: the app trusts no origin until the user adds one', async () => {
    const script = await (await fetch(`${baseUrl}/assets/logged-in.js`)).text();
    expect(script).toContain('var targets = [];');
    expect(script).not.toContain("'*'");
  });

  it('another site cannot register a fetch token or start a login with one', async () => {
    const token = newFetchToken();
    for (const path of [`/?type=onedrivev2&token=${token}`, `/login?id=onedrivev2&token=${token}`]) {
      const answer = await rawRequest(baseUrl, path, { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' } });
      expect(answer.status, path).toBe(403);
      expect(answer.headers.location, path).toBeUndefined();
    }
    expect(await (await fetchSlot(token)).json()).toEqual({ error: 'No such entry' });
  });

  it('/fetch has no JSONP, may not be embedded, hands an AuthID out once, and a second registration keeps the slot', async () => {
    const waiting = newFetchToken();
    await rawRequest(baseUrl, `/?token=${waiting}`);
    const jsonp = await fetchSlot(waiting, '&callback=steal');
    expect(jsonp.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(await jsonp.text()).toBe('{"wait":"Not ready"}');

    const { token, authId } = await loginWithToken();
    expect((await rawRequest(baseUrl, `/?token=${token}`)).status).toBe(200);
    expect(await (await fetchSlot(token)).json()).toEqual({ authid: authId });
    expect(await (await fetchSlot(token)).json()).toEqual({ error: 'No such entry' });
  });

  it('a cross-site POST to /revoked or /cli-token-login is refused, and the AuthID keeps refreshing', async () => {
    const { authId } = await loginWithToken();
    const headers = { ...FORM, 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' };
    const revoked = await rawRequest(baseUrl, '/revoked', { method: 'POST', headers, body: new URLSearchParams({ authid: authId }).toString() });
    expect(revoked.status).toBe(403);
    const cli = await rawRequest(baseUrl, '/cli-token-login', { method: 'POST', headers, body: new URLSearchParams({ id: 'jottacloud', token: 'x' }).toString() });
    expect(cli.status).toBe(403);
    expect((await refreshWithHeader(baseUrl, authId)).status).toBe(200);
  });
});

describe('floods and held connections against the server the app runs', () => {
  // A client address of its own (on Linux all of 127/8 is this machine), so no other test's logins count.
  it.runIf(process.platform === 'linux')('one client may hold only its share of pending logins', async () => {
    const share = DEFAULT_SERVER_LIMITS.maxPendingLoginsPerClient;
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.77' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= share; i += 1) statuses.push((await rawRequest(baseUrl, '/login?id=onedrivev2', { agent })).status);
      expect(statuses).toEqual([...Array<number>(share).fill(302), 503]);
    } finally {
      agent.destroy();
    }
  });

  it(`more than ${DEFAULT_SERVER_LIMITS.maxConnections} connections at once: the extra one is closed unanswered`, async () => {
    const { port } = new URL(baseUrl);
    const open = () =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
        // The server hangs up on the extra one; its reset is expected.
        socket.on('error', () => undefined);
        socket.resume();
      });
    const held = await Promise.all(Array.from({ length: DEFAULT_SERVER_LIMITS.maxConnections }, open));
    try {
      const extra = await open();
      let answered = false;
      extra.on('data', () => {
        answered = true;
      });
      const closed = new Promise<void>((resolve) => extra.once('close', () => resolve()));
      extra.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      await closed;
      expect(answered).toBe(false);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
