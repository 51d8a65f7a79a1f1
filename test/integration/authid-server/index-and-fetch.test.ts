import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { manualClock } from '../../fixtures/manual-clock';
import { newFetchToken } from './support/http';

const clock = manualClock();
let stack: AuthIdStack;

beforeAll(async () => {
  stack = await startAuthIdStack({ clock });
});
afterAll(async () => {
  await stack?.close();
});

const fetchJson = async (query: string): Promise<unknown> => {
  const response = await fetch(`${stack.baseUrl}/fetch?${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
};
const indexPage = async (query: string): Promise<string> => (await fetch(`${stack.baseUrl}/?${query}`)).text();
const loginLinks = (html: string): string[] => [...html.matchAll(/href="(\/(?:login|cli-token)\?[^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('index page', () => {
  it('lists every provider, each button linking to its login with the fetch token', async () => {
    const html = await indexPage('token=abcdefghijk');
    expect(loginLinks(html)).toEqual([
      '/login?id=onedrivev2&token=abcdefghijk',
      '/login?id=googledrive&token=abcdefghijk',
      '/login?id=dropbox&token=abcdefghijk',
      '/login?id=box.com&token=abcdefghijk',
      '/login?id=pcloud&token=abcdefghijk',
      '/cli-token?id=jottacloud&token=abcdefghijk',
    ]);
  });

  it('type= filters exactly and case-sensitively', async () => {
    expect(loginLinks(await indexPage('type=box.com'))).toEqual(['/login?id=box.com']);
    expect(loginLinks(await indexPage('type=Box.com'))).toEqual([]);
    expect(loginLinks(await indexPage('type=box'))).toEqual([]);
  });

  it('reflects a hostile fetch token only encoded, in links and in the CLI form', async () => {
    const hostile = '"><script>alert(1)</script>';
    const index = await indexPage(`type=dropbox&token=${encodeURIComponent(hostile)}`);
    expect(index).not.toContain('<script>alert');
    expect(new URLSearchParams(loginLinks(index)[0]!.split('?')[1]).get('token')).toBe(hostile);
    const form = await (await fetch(`${stack.baseUrl}/cli-token?id=jottacloud&token=${encodeURIComponent(hostile)}`)).text();
    expect(form).not.toContain('<script>alert');
    expect(form).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('fetch tokens', () => {
  it('only the index page registers a token, and only one longer than 8 characters', async () => {
    await indexPage('token=12345678');
    expect(await fetchJson('token=12345678')).toEqual({ error: 'No such entry' });
    await indexPage('token=123456789');
    expect(await fetchJson('token=123456789')).toEqual({ wait: 'Not ready' });
    expect(await fetchJson('token=never-registered')).toEqual({ error: 'No such entry' });
    expect(await fetchJson('')).toEqual({ error: 'Missing token' });
  });

  it('a registered token lives 5 minutes', async () => {
    const token = newFetchToken();
    await indexPage(`token=${token}`);
    clock.advance(5 * 60_000 - 1_000);
    expect(await fetchJson(`token=${token}`)).toEqual({ wait: 'Not ready' });
    clock.advance(2_000);
    expect(await fetchJson(`token=${token}`)).toEqual({ error: 'No such entry' });
  });

  it('after a login /fetch returns the same AuthID for 30 s, then No such entry', async () => {
    const token = newFetchToken();
    const login = await stack.completeLogin(`${stack.baseUrl}/?type=onedrivev2&token=${token}`);
    expect(login.authId).toMatch(/^[0-9a-f]{30}:[A-Za-z0-9!\-_.]{32}$/);
    expect(await fetchJson(`token=${token}`)).toEqual({ authid: login.authId });
    clock.advance(29_000);
    expect(await fetchJson(`token=${token}`)).toEqual({ authid: login.authId });
    clock.advance(2_000);
    expect(await fetchJson(`token=${token}`)).toEqual({ error: 'No such entry' });
  });

  it('a login with a token the index never registered shows the AuthID but /fetch never has it', async () => {
    const token = newFetchToken();
    const login = await stack.completeLogin(`${stack.baseUrl}/login?id=googledrive&token=${token}`);
    expect(login.authId).toMatch(/^[0-9a-f]{30}:/);
    expect(await fetchJson(`token=${token}`)).toEqual({ error: 'No such entry' });
  });

  it('answers JSONP for callback= and jsonp=, and refuses a callback that is not a name', async () => {
    const token = newFetchToken();
    await indexPage(`token=${token}`);
    for (const param of ['callback', 'jsonp']) {
      const response = await fetch(`${stack.baseUrl}/fetch?token=${token}&${param}=app.onFetch`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect(await response.text()).toBe('app.onFetch({"wait":"Not ready"})');
    }
    const bad = await fetch(`${stack.baseUrl}/fetch?token=${token}&callback=${encodeURIComponent('alert(1);x')}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('alert');
  });
});

describe('login state', () => {
  it('lives 10 minutes: a callback after that gets the pseudo-AuthID', async () => {
    const start = async (): Promise<string> => {
      const response = await fetch(`${stack.baseUrl}/login?id=onedrivev2`, { redirect: 'manual' });
      return new URL(response.headers.get('location')!).searchParams.get('state')!;
    };
    const callback = async (state: string): Promise<string> =>
      (await fetch(`${stack.baseUrl}/logged-in?code=whatever&state=${state}`)).text();
    const late = await start();
    clock.advance(10 * 60_000 + 1_000);
    expect(await callback(late)).toContain('<pre id="user-id">Server error, close window and try again</pre>');
    // A live state with a code the provider refuses reads the same; the state check comes first either way.
    expect(stack.provider.countTokenRequests({ grantType: 'authorization_code', ok: false })).toBe(0);
    await callback(await start());
    expect(stack.provider.countTokenRequests({ grantType: 'authorization_code', ok: false })).toBe(1);
  });
});
