import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revoke } from '../../../../electron/services/server-client/revoke';
import { closedPortServer, reply, startLoopback, type Loopback } from '../../../fixtures/recording-loopback-server';

const V1 = '0123456789abcdef0123456789abcd:Pa55word-with.chars!xyz';
const PCLOUD_PAGE = 'https://my.pcloud.com/#page=settings&settings=tab-apps';

/** The result page as each server renders it (see the servers' revoked templates). */
const hostedPage = (result: string): string =>
  `<!DOCTYPE html><html><body><div class="jumbotron"><h1>Duplicati OAuth Handler</h1><p><pre>${result}</pre></p></div></body></html>`;
const selfHostedPage = (result: string): string =>
  `<!DOCTYPE html>\n<html lang="en">\n<body>\n    <div class="jumbotron">\n        <h1>Duplicati</h1>\n\n        <p><pre>${result}</pre></p>\n    </div>\n</body>\n</html>`;

let stub: Loopback;
let status = 200;
let page = '';

beforeAll(async () => {
  stub = await startLoopback((_req, res) => reply(res, status, { body: page }));
});
afterAll(() => stub.close());

describe('revoke: refused locally', () => {
  it('refuses a v2 AuthID without a request and names the de-authorize page of the provider inside it', async () => {
    const before = stub.requests.length;
    const authId = 'v2:dropbox:sl.refresh+token/with=chars';
    const result = await revoke(authId, stub.server);
    expect(stub.requests.length).toBe(before);
    expect(result.ok === false && result.kind).toBe('not-revocable');
    expect(result.ok === false && 'decidedLocally' in result && result.decidedLocally).toBe(true);
    expect(result.ok === false && 'deauthorizePages' in result && result.deauthorizePages.map((page) => page.url)).toEqual([
      'https://www.dropbox.com/account/connected_apps',
    ]);
    expect(result.message).toMatch(/v2 AuthID.*de-authorize the app in Dropbox \(https:\/\/www\.dropbox\.com\/account\/connected_apps\)/);
    expect(result.message).not.toContain('sl.refresh');
  });

  it("refuses a pCloud access token without a request and names pCloud's Apps page", async () => {
    const before = stub.requests.length;
    const result = await revoke('pcloudAccessTokenWithoutColon123', stub.server, { provider: 'pcloud' });
    expect(stub.requests.length).toBe(before);
    expect(result.ok === false && [result.kind, 'decidedLocally' in result && result.decidedLocally]).toEqual(['not-revocable', true]);
    expect(result.message).toContain(PCLOUD_PAGE);
    expect(result.message).not.toContain('pcloudAccessToken');
  });

  it('refuses a colon-less AuthID of unknown provider the same way, with no page to name', async () => {
    const result = await revoke('someAccessToken', stub.server);
    expect(result.ok === false && result.kind).toBe('not-revocable');
    expect(result.message).toContain("on the storage provider's website");
  });

  it.each(['', '   ', 'Server error, you must de-authorize Duplicati', 'Error: Invalid CLI token'])('refuses the non-AuthID %j', async (text) => {
    const before = stub.requests.length;
    const result = await revoke(text, stub.server);
    expect(result.ok === false && result.kind).toBe('bad-authid');
    expect(stub.requests.length).toBe(before);
  });
});

describe('revoke: asks the server', () => {
  it('posts the AuthID as the form field authid to /revoked', async () => {
    status = 200;
    page = hostedPage('Token revoked');
    await revoke(V1, stub.server);
    const sent = stub.requests.at(-1);
    expect([sent?.method, sent?.url]).toEqual(['POST', '/revoked']);
    expect(sent?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(sent?.body).get('authid')).toBe(V1);
  });

  it.each([
    ['hosted handler', 200, hostedPage('Token revoked')],
    ['self-hosted server, which answers 400 on success', 400, selfHostedPage('Token is revoked')],
  ])('reads success from the %s page and says what revoking does not do', async (_flavour, httpStatus, html) => {
    status = httpStatus;
    page = html;
    const result = await revoke(V1, stub.server, { provider: 'googledrive' });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/about an hour/);
    expect(result.message).toMatch(/cache/);
    expect(result.message).toContain('https://myaccount.google.com/permissions');
  });

  it.each([
    ['hosted', 200, hostedPage('Error: No authid in query'), 'bad-authid', false],
    ['hosted', 200, hostedPage('Error: Invalid authid in query'), 'bad-authid', false],
    ['hosted', 200, hostedPage('Error: No such user'), 'unknown-authid', false],
    ['hosted', 200, hostedPage('Error: Invalid authid password'), 'wrong-password', false],
    ['hosted', 200, hostedPage('Error: Server error'), 'server-error', true],
    ['self-hosted', 400, selfHostedPage('Error: Invalid AuthId format'), 'bad-authid', false],
    ['self-hosted', 400, selfHostedPage('Error: Invalid AuthId'), 'unknown-authid-or-wrong-password', false],
    ['self-hosted', 400, selfHostedPage('Error: Persisted storage is not configured on server'), 'storage-not-configured', false],
    ['self-hosted', 400, selfHostedPage('Error: Internal error, failed to revoke token'), 'server-error', true],
    [
      'self-hosted',
      400,
      selfHostedPage('Error: The token must be revoked from the service provider. You can de-authorize the application on the storage providers website.'),
      'not-revocable',
      false,
    ],
  ])('%s: maps the page %#', async (_flavour, httpStatus, html, kind, retryable) => {
    status = httpStatus;
    page = html;
    const result = await revoke(V1, stub.server);
    expect(result.ok === false && [result.kind, result.retryable]).toEqual([kind, retryable]);
    expect(result.message).not.toContain('Pa55word');
  });

  it('reads the self-hosted Missing AuthID reason when there is no result page', async () => {
    status = 400;
    page = 'Missing AuthID';
    const result = await revoke(V1, stub.server);
    expect(result.ok === false && result.kind).toBe('bad-authid');
  });

  it('calls a page without a result a bad response, and a 5xx page a server error', async () => {
    status = 200;
    page = '<html><body>Welcome</body></html>';
    const plain = await revoke(V1, stub.server);
    expect(plain.ok === false && plain.kind).toBe('bad-response');
    status = 502;
    page = '<html><body>Bad Gateway</body></html>';
    const gateway = await revoke(V1, stub.server);
    expect(gateway.ok === false && [gateway.kind, gateway.retryable]).toEqual(['server-error', true]);
  });

  it('reports a server that is down', async () => {
    const result = await revoke(V1, await closedPortServer());
    expect(result.ok === false && result.kind).toBe('unreachable');
  });
});
