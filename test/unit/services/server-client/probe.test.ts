import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offeredProviders } from '../../../../electron/services/server-client/offered-providers';
import { probe } from '../../../../electron/services/server-client/probe';
import { closedPortServer, reply, startLoopback, type Loopback } from '../../../fixtures/recording-loopback-server';

// Handlebars (self-hosted) escapes `=` and `&` in attributes; Jinja (hosted) escapes `&`.
const SELF_HOSTED_INDEX = `
  <a id="start-btn-googledrive" class="btn" role="button" href="/login?id&#x3D;googledrive&amp;token&#x3D;abcdefghijk">Google Drive login</a>
  <a id="start-btn-box.com" class="btn" role="button" href="/login?id&#x3D;box.com&amp;token&#x3D;abcdefghijk">Box login</a>
  <a id="start-btn-jottacloud" class="btn" role="button" href="/cli-token?id&#x3D;jottacloud&amp;token&#x3D;abcdefghijk">Jottacloud login</a>
  <a href="/revoke">revoke</a> <a href="/privacy-policy">privacy policy</a>`;
const HOSTED_INDEX = `
  <li><a href="https://www.dropbox.com">Dropbox</a></li>
  <a class="btn" href='/login?id=dropbox&amp;token=abc'>Dropbox</a>
  <a class="btn" href="/login?id=dropbox">Dropbox again</a>
  <a class="btn" href="/login?id=box">Box</a>
  <a class="btn" href="/login?id=hubic">Retired provider</a>
  <a class="btn" href=/login?id=onedrivev2>OneDrive</a>`;

describe('offeredProviders', () => {
  it('reads the self-hosted login and CLI-token links', () => {
    expect(offeredProviders(SELF_HOSTED_INDEX, 'https://auth.example.org')).toEqual(['googledrive', 'box.com', 'jottacloud']);
  });

  it('reads the hosted links, once each, known ids only', () => {
    expect(offeredProviders(HOSTED_INDEX, 'https://duplicati-oauth-handler.appspot.com')).toEqual(['dropbox', 'box', 'onedrivev2']);
  });

  it('follows a server that lives under a path', () => {
    expect(offeredProviders('<a href="login?id=pcloud&amp;token=x">pCloud</a>', 'https://host.example/oauth')).toEqual(['pcloud']);
  });

  it('finds nothing on a page without provider links', () => {
    expect(offeredProviders('<html><a href="/about?id=dropbox">x</a></html>', 'https://x.example')).toEqual([]);
  });
});

describe('probe', () => {
  let stub: Loopback;
  let status = 200;
  beforeAll(async () => {
    stub = await startLoopback((_req, res) => reply(res, status, { body: SELF_HOSTED_INDEX }));
  });
  afterAll(() => stub.close());

  it('loads the index page and lists the providers', async () => {
    status = 200;
    expect(await probe(stub.server)).toEqual({ reachable: true, providers: ['googledrive', 'box.com', 'jottacloud'] });
    expect(stub.requests.at(-1)?.url).toBe('/');
  });

  it('says why a server is not usable', async () => {
    status = 503;
    const result = await probe(stub.server);
    expect(!result.reachable && [result.failure.kind, result.failure.status]).toEqual(['server-error', 503]);
  });

  it('says why a server cannot be reached', async () => {
    const result = await probe(await closedPortServer());
    expect(!result.reachable && result.failure.kind).toBe('unreachable');
    expect(!result.reachable && result.failure.message).toMatch(/connection refused/);
  });

  it('tells a user who pressed Test to test again, since nothing retries it; a background probe is retried', async () => {
    const closed = await closedPortServer();
    const manual = await probe(closed, { retryBy: 'user' });
    expect(!manual.reachable && manual.failure.message).toMatch(/, then test again\.$/);
    expect(!manual.reachable && manual.failure.message).not.toMatch(/tried again/);
    const background = await probe(closed);
    expect(!background.reachable && background.failure.message).toMatch(/it will be tried again\.$/);

    status = 500;
    const broken = await probe(stub.server, { retryBy: 'user' });
    expect(!broken.reachable && broken.failure.message).toMatch(/internal error \(HTTP 500\)\. Test again in a while; if it keeps failing, the server's log says why\.$/);
  });
});
