/**
 * Attack: a web page the user visits makes the browser call the built-in server: it registers a
 * fetch token, starts a login, reads `/fetch`, or posts `/revoked` and `/cli-token-login` forms.
 * Browsers mark such requests with `Sec-Fetch-Site` (cross-site, or same-site for another port
 * on this machine) and, on POSTs, `Origin`; the server must refuse them and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { newFetchToken, rawRequest, refreshWithHeader } from '../support/http';

const TRUSTED = 'http://localhost:8200';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let stack: AuthIdStack;
let host: string;

beforeAll(async () => {
  stack = await startAuthIdStack({ hardened: true, server: { trustedOrigins: [TRUSTED] } });
  host = new URL(stack.baseUrl).host;
});
afterAll(async () => {
  await stack?.close();
});

const fetchAnswer = async (token: string): Promise<unknown> => JSON.parse((await rawRequest(stack.baseUrl, `/fetch?token=${token}`)).body);

const login = async (): Promise<string> => {
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=onedrivev2`);
  if (!authId?.includes(':')) throw new Error('login gave no AuthID');
  return authId;
};

describe('cross-site requests are refused', () => {
  it.each([
    ['cross-site', { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' }],
    ['same-site (a page on another port of this machine)', { 'sec-fetch-site': 'same-site', 'sec-fetch-dest': 'image' }],
    ['from a browser without Sec-Fetch-Site', { origin: 'http://evil.example' }],
  ])('registering a fetch token (%s): 403, and the token stays unknown', async (_label, headers) => {
    const token = newFetchToken();
    const answer = await rawRequest(stack.baseUrl, `/?type=onedrivev2&token=${token}`, { headers });
    expect(answer.status).toBe(403);
    expect(answer.headers['x-reason']).toBe('Cross-site request refused');
    expect(await fetchAnswer(token)).toEqual({ error: 'No such entry' });
  });

  it('starting a login, reading /fetch, opening the CLI-token form with a token: 403, no redirect to the provider', async () => {
    const headers = { 'sec-fetch-site': 'cross-site' };
    const token = newFetchToken();
    for (const path of [`/login?id=onedrivev2&token=${token}`, `/fetch?token=${token}`, `/cli-token?id=jottacloud&token=${token}`]) {
      const answer = await rawRequest(stack.baseUrl, path, { headers });
      expect(answer.status, path).toBe(403);
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it('a cross-site POST to /revoked: 403, and the AuthID keeps working', async () => {
    const authId = await login();
    for (const headers of [{ ...FORM, origin: 'http://evil.example' }, { ...FORM, origin: 'null' }, { ...FORM, 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' }]) {
      const answer = await rawRequest(stack.baseUrl, '/revoked', { method: 'POST', headers, body: new URLSearchParams({ authid: authId }).toString() });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('Token is revoked');
    }
    expect((await refreshWithHeader(stack.baseUrl, authId)).status).toBe(200);
  });

  it('a cross-site POST to /cli-token-login: 403, no password grant reaches the provider', async () => {
    stack.provider.resetCounters();
    const body = new URLSearchParams({ id: 'jottacloud', token: stack.provider.makeCliToken('mallory'), fetchtoken: '' }).toString();
    const answer = await rawRequest(stack.baseUrl, '/cli-token-login', { method: 'POST', headers: { ...FORM, 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' }, body });
    expect(answer.status).toBe(403);
    expect(stack.provider.countTokenRequests({ grantType: 'password' })).toBe(0);
  });
});

describe('the server’s own pages, programs and trusted origins still get through', () => {
  it.each([
    ['a program (no browser headers)', {}],
    ['a navigation typed in or opened by the app', { 'sec-fetch-site': 'none' }],
    ['a link on the server’s own page', { 'sec-fetch-site': 'same-origin' }],
    ['an older browser posting from the server’s own page', { origin: 'OWN' }],
    ['a trusted origin', { 'sec-fetch-site': 'same-site', origin: TRUSTED }],
  ])('%s', async (_label, given) => {
    const headers = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v === 'OWN' ? `http://${host}` : v]));
    const token = newFetchToken();
    expect((await rawRequest(stack.baseUrl, `/?token=${token}`, { headers })).status).toBe(200);
    expect(await fetchAnswer(token)).toEqual({ wait: 'Not ready' });
    expect((await rawRequest(stack.baseUrl, `/login?id=onedrivev2&token=${token}`, { headers })).status).toBe(302);
  });

  it('the provider’s redirect back to /logged-in is cross-site and still completes the login', async () => {
    expect(await login()).toMatch(/^[0-9a-f]{30}:/);
    const answer = await rawRequest(stack.baseUrl, '/logged-in?state=unknown&code=x', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(answer.status).toBe(200);
  });
});
