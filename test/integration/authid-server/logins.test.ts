import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { PCLOUD_REGION } from '../../fixtures/oauth-provider';
import { newFetchToken } from './support/http';

const V1 = /^[0-9a-f]{30}:[A-Za-z0-9!\-_.]{32}$/;
const TRY_AGAIN = 'Server error, close window and try again';

let v1: AuthIdStack;
let v2: AuthIdStack;

beforeAll(async () => {
  [v1, v2] = await Promise.all([startAuthIdStack(), startAuthIdStack({ storage: false })]);
});
afterAll(async () => {
  await Promise.all([v1?.close(), v2?.close()]);
});

const fetchAuthId = async (stack: AuthIdStack, token: string): Promise<unknown> =>
  (await fetch(`${stack.baseUrl}/fetch?token=${token}`)).json();

describe('redirect logins', () => {
  it('/login sends the browser to the provider with the protocol parameters and extras', async () => {
    const response = await fetch(`${v1.baseUrl}/login?id=googledrive`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location')!);
    expect(`${target.origin}${target.pathname}`).toBe(v1.provider.authorizeUrl);
    expect(Object.fromEntries(target.searchParams)).toEqual({
      client_id: 'standard',
      response_type: 'code',
      scope: 'openid offline_access',
      state: expect.stringMatching(/^[0-9a-f]{32}$/),
      redirect_uri: `${v1.baseUrl}/logged-in`,
      access_type: 'offline',
      approval_prompt: 'force',
    });
  });

  it('v1: the AuthID shows in <pre id="user-id">, reaches /fetch and is posted to the opener by a same-origin script', async () => {
    const token = newFetchToken();
    const login = await v1.completeLogin(`${v1.baseUrl}/?type=dropbox&token=${token}`);
    expect(new URL(login.finalUrl).pathname).toBe('/logged-in');
    expect(login.status).toBe(200);
    expect(login.authId).toMatch(V1);
    expect(await fetchAuthId(v1, token)).toEqual({ authid: login.authId });
    expect(login.html).toContain('<script src="/assets/logged-in.js" defer></script>');
    const script = await (await fetch(`${v1.baseUrl}/assets/logged-in.js`)).text();
    // Standing in for the self-hosted server, it posts to any opener, as that server does.
    expect(script).toContain('var targets = ["*"];');
    expect(script).toContain("window.opener.postMessage('authid:' + shown.textContent, targets[i])");
  });

  it('v2 without storage: v2:<provider>:<refresh token>', async () => {
    const token = newFetchToken();
    const login = await v2.completeLogin(`${v2.baseUrl}/?type=onedrivev2&token=${token}`);
    expect(login.authId).toMatch(/^v2:onedrivev2:\S{20,}$/);
    expect(await fetchAuthId(v2, token)).toEqual({ authid: login.authId });
  });

  it('pCloud: the access token is the AuthID and the callback region is listed under it', async () => {
    const token = newFetchToken();
    const login = await v1.completeLogin(`${v1.baseUrl}/?type=pcloud&token=${token}`);
    expect(new URL(login.finalUrl).searchParams.get('hostname')).toBe(PCLOUD_REGION.hostname);
    expect(login.authId).toMatch(/^[^:\s]{20,}$/);
    expect(login.html).toContain(`<li>hostname: ${PCLOUD_REGION.hostname}</li>`);
    expect(login.html).toContain(`<li>locationid: ${PCLOUD_REGION.locationid}</li>`);
    expect(await fetchAuthId(v1, token)).toEqual({ authid: login.authId });
  });

  it('denied at the provider: the pseudo-AuthID, status 200, nothing for /fetch', async () => {
    const token = newFetchToken();
    const login = await v1.completeLogin(`${v1.baseUrl}/?type=box.com&token=${token}`, { deny: true });
    expect(new URL(login.finalUrl).searchParams.get('error')).toBe('access_denied');
    expect(login.status).toBe(200);
    expect(login.authId).toBe(TRY_AGAIN);
    expect(await fetchAuthId(v1, token)).toEqual({ wait: 'Not ready' });
  });

  it('a replayed callback (state already used) gets the pseudo-AuthID', async () => {
    const login = await v1.completeLogin(`${v1.baseUrl}/login?id=onedrivev2`);
    expect(login.authId).toMatch(V1);
    const replay = await fetch(login.finalUrl);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toContain(`<pre id="user-id">${TRY_AGAIN}</pre>`);
  });

  it('an unknown state or a callback without code gets the pseudo-AuthID', async () => {
    for (const query of ['state=unknown&code=abc', 'code=abc', '']) {
      const page = await (await fetch(`${v1.baseUrl}/logged-in?${query}`)).text();
      expect(page).toContain(`<pre id="user-id">${TRY_AGAIN}</pre>`);
    }
  });

  it('an unknown provider id is refused', async () => {
    const response = await fetch(`${v1.baseUrl}/login?id=nosuch`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Error: No such provider');
  });
});

describe('CLI-token logins', () => {
  it('the form carries the provider id and fetch token', async () => {
    const html = await (await fetch(`${v1.baseUrl}/cli-token?id=jottacloud&token=abcdefghij`)).text();
    expect(html).toContain('<form action="/cli-token-login" method="post">');
    expect(html).toContain('name="id" value="jottacloud"');
    expect(html).toContain('name="fetchtoken" value="abcdefghij"');
  });

  it('a good token gives a v1 AuthID through a password grant, also for /fetch', async () => {
    const token = newFetchToken();
    await fetch(`${v1.baseUrl}/?type=jottacloud&token=${token}`);
    const login = await v1.completeCliLogin(token, { username: 'carol' });
    expect(login.status).toBe(200);
    expect(login.authId).toMatch(V1);
    expect(await fetchAuthId(v1, token)).toEqual({ authid: login.authId });
    expect(v1.provider.tokenRequests.at(-1)).toEqual({ grantType: 'password', clientId: 'jottacli', ok: true });
  });

  it('without storage the CLI login gives a v2 AuthID', async () => {
    const login = await v2.completeCliLogin();
    expect(login.authId).toMatch(/^v2:jottacloud:\S{20,}$/);
  });

  it.each([
    ['not base64url JSON', '%%%not-a-token%%%'],
    ['too short', 'eyJ9'],
    ['JSON without auth_token', Buffer.from(JSON.stringify({ username: 'carol' })).toString('base64url')],
  ])('a malformed token (%s): Error: Invalid CLI token', async (_label, cliToken) => {
    const login = await v1.completeCliLogin('', { cliToken });
    expect(login.authId).toBe('Error: Invalid CLI token');
  });

  it('a token the provider refuses: Error: CLI token could not be authorized…', async () => {
    const forged = Buffer.from(JSON.stringify({ username: 'carol', auth_token: 'wrong' })).toString('base64url');
    const login = await v1.completeCliLogin('', { cliToken: forged });
    expect(login.authId).toBe('Error: CLI token could not be authorized, create a new and try again');
  });
});
