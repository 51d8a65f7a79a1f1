// Before the login window opens: the index page registers the fetch token and names where the
// provider's login starts; an unlisted provider is asked for at the login address, which says why.
import { describe, expect, it } from 'vitest';
import { prepareLogin } from '../../../../electron/services/server-client/prepare-login';
import { closedPortServer, reply, loopbackPerTest, type Handler } from '../../../fixtures/recording-loopback-server';

const TOKEN = 'f'.repeat(43);
const serve = loopbackPerTest();

const page = (body: string) => `<!DOCTYPE html><html><head><title>Duplicati OAuth Handler</title></head><body><h1>Duplicati</h1>${body}</body></html>`;
/** An index page with the given links; other paths answer as `others` says. */
const server = (links: string, others: Handler = (_req, res) => reply(res, 404)): Handler => (req, res) =>
  new URL(req.url, 'http://x').pathname === '/' ? reply(res, 200, { body: page(links) }) : others(req, res);

describe('prepareLogin', () => {
  it('registers the fetch token at the index and starts where its button points, with the page’s own query', async () => {
    const stub = await serve(server(`<a class="provider" href="/login?id=dropbox&amp;token=${TOKEN}&amp;tokenversion=1">Dropbox</a>`));
    const prepared = await prepareLogin(stub.server, 'dropbox', { fetchToken: TOKEN });
    expect(prepared).toEqual({ ok: true, url: `${stub.server.baseUrl}/login?id=dropbox&token=${TOKEN}&tokenversion=1`, fetchToken: TOKEN });
    expect(stub.requests.map((r) => r.url)).toEqual([`/?type=dropbox&token=${TOKEN}`]);
  });

  it('makes a fresh, long fetch token when none is given', async () => {
    const stub = await serve(server('<a href="/cli-token?id=jottacloud">Jottacloud</a>'));
    const prepared = await prepareLogin(stub.server, 'jottacloud');
    expect(prepared.ok && prepared.fetchToken).toMatch(/^[\w-]{43}$/);
    expect(prepared.ok && prepared.url).toBe(`${stub.server.baseUrl}/cli-token?id=jottacloud`);
  });

  it('asks the login address for a provider the page does not list, and starts there when it redirects', async () => {
    const stub = await serve(server('', (_req, res) => reply(res, 302, { headers: { location: 'https://provider.example/authorize' } })));
    const prepared = await prepareLogin(stub.server, 'googledocs', { fetchToken: TOKEN });
    expect(prepared).toEqual({ ok: true, url: `${stub.server.baseUrl}/login?id=googledocs&token=${TOKEN}`, fetchToken: TOKEN });
  });

  it('never follows a button to another origin', async () => {
    const stub = await serve(server('<a href="https://elsewhere.example/login?id=dropbox">Dropbox</a>', (_req, res) => reply(res, 302, { headers: { location: 'https://provider.example/' } })));
    const prepared = await prepareLogin(stub.server, 'dropbox', { fetchToken: TOKEN });
    expect(prepared.ok && new URL(prepared.url).origin).toBe(stub.server.baseUrl);
  });

  it('ends with the server’s own words for a provider it does not have', async () => {
    const hosted = await serve(server('', (_req, res) => reply(res, 500, { headers: { 'content-type': 'application/json' }, body: '{"error": "Server error"}' })));
    expect(await prepareLogin(hosted.server, 'pcloud')).toEqual({
      ok: false,
      message: `The AuthID server at ${new URL(hosted.server.baseUrl).host} does not offer pCloud (it said: “Server error”). Nothing was saved. Authorize pCloud at another server.`,
    });
    const selfHosted = await serve(server('', (_req, res) => reply(res, 404, { body: page('<p>No such provider on this server.</p>') })));
    const refused = await prepareLogin(selfHosted.server, 'box.com');
    expect(!refused.ok && refused.message).toContain('does not offer Box (it said: “No such provider on this server.”)');
  });

  it('says the login could not start when the server cannot be reached or answers oddly', async () => {
    const down = await closedPortServer();
    const unreachable = await prepareLogin(down, 'dropbox');
    expect(!unreachable.ok && unreachable.message).toMatch(/^The login could not start: the AuthID server at 127\.0\.0\.1:\d+ could not be reached\. Nothing was saved\./);
    const odd = await serve((_req, res) => reply(res, 503));
    const failed = await prepareLogin(odd.server, 'dropbox');
    expect(!failed.ok && failed.message).toContain('answered its start page with HTTP 503');
  });
});
