// The worker-offload rule for /refresh: one hop, https (plain http only on this machine), path
// /refresh, X-AuthID sent only there; everything else a retryable failure that names it.
import { describe, expect, it } from 'vitest';
import { refresh } from '../../../../electron/services/server-client/refresh';
import { judgeRefreshRedirect } from '../../../../electron/services/server-client/refresh-redirect';
import type { AuthIdServer } from '../../../../electron/services/servers/known-servers';
import { loopbackPerTest, reply, type Handler } from '../../../fixtures/recording-loopback-server';

const AUTHID = '0123456789abcdef0123456789abcd:Pa55word-with.chars!xyz';
const TOKEN = JSON.stringify({ access_token: 'from-the-worker', expires: 3600, type: 'dropbox' });
const serve = loopbackPerTest();
const redirectTo = (location: string, status = 302): Handler => (_req, res) => reply(res, status, { headers: { location } });

describe('following a /refresh redirect', () => {
  it('follows one hop to a worker’s /refresh and sends the AuthID there', async () => {
    const worker = await serve((_req, res) => reply(res, 200, { headers: { 'content-type': 'application/json' }, body: TOKEN }));
    const handler = await serve(redirectTo(`${worker.server.baseUrl}/refresh`));
    const result = await refresh(AUTHID, handler.server);
    expect(result).toMatchObject({ ok: true, accessToken: 'from-the-worker' });
    expect(worker.requests.map((r) => [r.method, r.url, r.headers['x-authid']])).toEqual([['GET', '/refresh', AUTHID]]);
  });

  it('classifies the worker’s failure like the server’s own', async () => {
    const worker = await serve((_req, res) => reply(res, 404, { reason: 'No such key' }));
    const handler = await serve(redirectTo(`${worker.server.baseUrl}/refresh`, 307));
    expect(await refresh(AUTHID, handler.server)).toMatchObject({ ok: false, kind: 'unknown-authid' });
  });

  it('does not follow a second hop: the next worker never sees the AuthID', async () => {
    const last = await serve((_req, res) => reply(res, 200, { body: TOKEN }));
    const worker = await serve(redirectTo(`${last.server.baseUrl}/refresh`));
    const handler = await serve(redirectTo(`${worker.server.baseUrl}/refresh`));
    const result = await refresh(AUTHID, handler.server);
    expect(result).toMatchObject({ ok: false, kind: 'bad-response', retryable: true, needsReauthorization: false, status: 302 });
    expect(!result.ok && result.message).toContain('only one hop is followed');
    expect(last.requests).toHaveLength(0);
  });

  it('refuses a redirect without a Location, naming what happened, and retries later', async () => {
    const handler = await serve((_req, res) => reply(res, 302));
    const result = await refresh(AUTHID, handler.server);
    expect(result).toMatchObject({ ok: false, retryable: true, needsReauthorization: false });
    expect(!result.ok && result.message).toMatch(/handed the refresh on without saying where, so the AuthID was not sent there\. It will be tried again/);
  });
});

describe('where a redirect may lead (the rule alone)', () => {
  const hosted: AuthIdServer = { baseUrl: 'https://duplicati-oauth-handler.appspot.com', flavour: 'hosted-handler' };
  const asked = `${hosted.baseUrl}/refresh`;
  const judge = (location: string, server = hosted, url = asked) =>
    judgeRefreshRedirect(server, url, { status: 302, statusText: 'Found', headers: new Headers({ location }), body: '' });

  it('allows https to a /refresh on any host, relative ones resolved against the request', () => {
    expect(judge('https://worker-3.example.net/refresh')).toEqual({ follow: true, url: 'https://worker-3.example.net/refresh' });
    expect(judge('https://worker-3.example.net/refresh?x=1')).toEqual({ follow: true, url: 'https://worker-3.example.net/refresh?x=1' });
    expect(judge('/refresh?worker=2')).toEqual({ follow: true, url: `${hosted.baseUrl}/refresh?worker=2` });
  });

  it('refuses plain http from a remote server, other paths and user names in the address', () => {
    for (const [location, says] of [
      ['http://worker-3.example.net/refresh', 'to worker-3.example.net without https'],
      ['http://127.0.0.1:8080/refresh', 'to 127.0.0.1:8080 without https'],
      ['https://worker-3.example.net/collect', "to worker-3.example.net/collect, which is not an AuthID server's /refresh"],
      ['https://worker-3.example.net/refresh/', "to worker-3.example.net/refresh/, which is not an AuthID server's /refresh"],
      ['https://user:pw@worker-3.example.net/refresh', 'with a user name in the address'],
      ['https://[bad', 'to an address that is not valid'],
    ] as const) {
      const verdict = judge(location);
      expect(verdict.follow, location).toBe(false);
      expect(!verdict.follow && verdict.failure.message, location).toContain(says);
      expect(!verdict.follow && verdict.failure.message, location).toContain('duplicati-oauth-handler.appspot.com');
    }
  });

  it('allows plain http only from a server on this machine to this machine', () => {
    const local: AuthIdServer = { baseUrl: 'http://127.0.0.1:8200', flavour: 'self-hosted' };
    expect(judge('http://127.0.0.1:8300/refresh', local, `${local.baseUrl}/refresh`).follow).toBe(true);
    expect(judge('http://worker.example.net/refresh', local, `${local.baseUrl}/refresh`).follow).toBe(false);
  });
});
