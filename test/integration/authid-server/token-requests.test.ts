import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it  } from 'vitest';
import type { ProviderSettingsInput } from '../../../electron/authid-server/provider-settings';
import { startAuthIdServer, type RunningAuthIdServer } from '../../../electron/authid-server';
import { closeServer, listenOnLoopback } from '../../fixtures/loopback-server';
import { refreshWithHeader } from './support/http';

/**
 * What the AuthID server sends to a token endpoint, seen by a recording endpoint that answers
 * whatever the test sets.
 */
interface Recorded {
  readonly path: string;
  readonly form: Record<string, string>;
}

const recorded: Recorded[] = [];
let answer: (res: ServerResponse) => void = () => undefined;
const endpoint = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    recorded.push({ path: req.url ?? '', form: Object.fromEntries(new URLSearchParams(body)) });
    answer(res);
  });
});
const json = (value: unknown, status = 200) => (res: ServerResponse): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
};

let server: RunningAuthIdServer;
let tokenUrl: string;

const settings = (id: string, extra: Partial<ProviderSettingsInput> = {}): ProviderSettingsInput => ({
  id,
  name: id,
  authorizeUrl: 'http://127.0.0.1:9/authorize',
  tokenUrl,
  clientId: `${id}-client`,
  clientSecret: `${id}-secret`,
  scope: 'files',
  ...extra,
});

beforeAll(async () => {
  await listenOnLoopback(endpoint);
  const { port } = endpoint.address() as { port: number };
  tokenUrl = `http://127.0.0.1:${port}/token`;
  server = await startAuthIdServer({
    storage: 'memory',
    appName: 'TestApp',
    providers: [
      settings('onedrivev2'),
      settings('dropbox', { noStateInTokenRequest: true, noRedirectUriOnRefresh: true }),
      settings('pcloud', { accessTokenOnly: true, hostnameFromCallback: true, regionTokenUrls: { 'eapi.pcloud.com': `http://127.0.0.1:${port}/eu-token` } }),
      settings('googledrive', { deauthorizeUrl: 'https://myaccount.google.com/permissions' }),
    ],
  });
});
afterAll(async () => {
  await server?.close();
  await closeServer(endpoint);
});
afterEach(() => {
  recorded.length = 0;
});

/** Starts a login and calls back like the provider would, with `code=the-code`. */
async function callback(providerId: string, extraQuery = ''): Promise<string> {
  const start = await fetch(`${server.baseUrl}/login?id=${providerId}`, { redirect: 'manual' });
  const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
  const page = await fetch(`${server.baseUrl}/logged-in?code=the-code&state=${state}${extraQuery}`);
  expect(page.status).toBe(200);
  return /<pre id="user-id">([\s\S]*?)<\/pre>/.exec(await page.text())![1]!;
}

describe('code exchange', () => {
  it('posts client credentials, code, grant type, redirect URI and state', async () => {
    answer = json({ access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 });
    await callback('onedrivev2');
    expect(recorded).toEqual([{
      path: '/token',
      form: {
        client_id: 'onedrivev2-client',
        client_secret: 'onedrivev2-secret',
        code: 'the-code',
        grant_type: 'authorization_code',
        redirect_uri: `${server.baseUrl}/logged-in`,
        state: expect.any(String),
      },
    }]);
  });

  it('dropbox: no state in the exchange, no redirect_uri in refreshes', async () => {
    answer = json({ access_token: 'at-2', refresh_token: 'rt-2', expires_in: 3600 });
    const authId = await callback('dropbox');
    expect(recorded[0]!.form).not.toHaveProperty('state');
    expect((await refreshWithHeader(server.baseUrl, authId)).status).toBe(200);
    expect(recorded[1]!.form).toEqual({ client_id: 'dropbox-client', client_secret: 'dropbox-secret', refresh_token: 'rt-2', grant_type: 'refresh_token' });
  });

  it('other providers refresh with redirect_uri', async () => {
    answer = json({ access_token: 'at-3', refresh_token: 'rt-3', expires_in: 3600 });
    const authId = await callback('onedrivev2');
    await refreshWithHeader(server.baseUrl, authId);
    expect(recorded[1]!.form).toMatchObject({ refresh_token: 'rt-3', redirect_uri: `${server.baseUrl}/logged-in` });
  });

  it('pCloud: the token URL follows a known callback hostname; an unknown one keeps the configured URL', async () => {
    answer = json({ access_token: 'pcloud-token' });
    expect(await callback('pcloud', '&hostname=eapi.pcloud.com&locationid=2')).toBe('pcloud-token');
    await callback('pcloud', '&hostname=attacker.example&locationid=2');
    expect(recorded.map((r) => r.path)).toEqual(['/eu-token', '/token']);
  });

  it('no refresh token from a provider that should send one: Server error, you must de-authorize <App>, with the link', async () => {
    answer = json({ access_token: 'at-only' });
    const start = await fetch(`${server.baseUrl}/login?id=googledrive`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const html = await (await fetch(`${server.baseUrl}/logged-in?code=c&state=${state}`)).text();
    expect(html).toContain('<pre id="user-id">Server error, you must de-authorize TestApp</pre>');
    expect(html).toContain('href="https://myaccount.google.com/permissions"');
  });

  it.each([
    ['refuses the code', json({ error: 'invalid_grant' }, 400)],
    ['answers something that is not JSON', (res: ServerResponse) => void res.writeHead(200).end('<html>')],
    ['answers more than 64 KiB', json({ access_token: 'x'.repeat(70 * 1024), refresh_token: 'r'.repeat(10) })],
  ])('a provider that %s: Server error, close window and try again', async (_label, respond) => {
    answer = respond;
    expect(await callback('onedrivev2')).toBe('Server error, close window and try again');
  });
});

describe('refresh storage', () => {
  it('a rotated refresh token replaces the stored one; without a new one the old is kept', async () => {
    answer = json({ access_token: 'at-a', refresh_token: 'rt-a', expires_in: 40 });
    const authId = await callback('onedrivev2');
    answer = json({ access_token: 'at-b', refresh_token: 'rt-b', expires_in: 40 });
    await refreshWithHeader(server.baseUrl, authId);
    answer = json({ access_token: 'at-c', expires_in: 40 });
    await refreshWithHeader(server.baseUrl, authId);
    await refreshWithHeader(server.baseUrl, authId);
    expect(recorded.slice(1).map((r) => r.form.refresh_token)).toEqual(['rt-a', 'rt-b', 'rt-b']);
  });

  it('a refresh answer without access token is 500 An error occurred', async () => {
    answer = json({ refresh_token: 'rt-x', access_token: 'at-x', expires_in: 3600 });
    const authId = await callback('onedrivev2');
    answer = json({ token_type: 'bearer' });
    expect(await refreshWithHeader(server.baseUrl, authId)).toMatchObject({ status: 500, reason: 'An error occurred' });
  });
});
