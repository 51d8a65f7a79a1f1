import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { refreshWithHeader, revokedResult } from './support/http';

const V2_TEXT = 'Error: The token must be revoked from the service provider. You can de-authorize the application on the storage providers website.';

let stack: AuthIdStack;
let noStorage: AuthIdStack;

beforeAll(async () => {
  [stack, noStorage] = await Promise.all([startAuthIdStack(), startAuthIdStack({ storage: false })]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), noStorage?.close()]);
});

const revokeViaForm = async (on: AuthIdStack, authId: string): Promise<{ status: number; result: string | undefined }> => {
  const response = await fetch(`${on.baseUrl}/revoked`, { method: 'POST', body: new URLSearchParams({ authid: authId }) });
  return { status: response.status, result: revokedResult(await response.text()) };
};

describe('revoke', () => {
  it('GET /revoke is a form posting authid to /revoked', async () => {
    const html = await (await fetch(`${stack.baseUrl}/revoke`)).text();
    expect(html).toContain('<form action="/revoked" method="post">');
    expect(html).toContain('name="authid"');
  });

  it('a v1 AuthID is deleted: HTTP 400 with Token is revoked; the next revoke no longer knows it', async () => {
    const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=onedrivev2`);
    expect(await revokeViaForm(stack, authId!)).toEqual({ status: 400, result: 'Token is revoked' });
    expect(await revokeViaForm(stack, authId!)).toEqual({ status: 400, result: 'Error: Invalid AuthId' });
    expect(await refreshWithHeader(stack.baseUrl, authId!)).toMatchObject({ status: 401, reason: 'Invalid key or password' });
  });

  it('X-AuthID works as well', async () => {
    const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=box.com`);
    const response = await fetch(`${stack.baseUrl}/revoked`, { method: 'POST', headers: { 'X-AuthID': authId! } });
    expect(revokedResult(await response.text())).toBe('Token is revoked');
  });

  it('a wrong password does not delete the entry', async () => {
    const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=onedrivev2`);
    const [keyId] = authId!.split(':');
    expect((await revokeViaForm(stack, `${keyId}:${'y'.repeat(32)}`)).result).toBe('Error: Invalid AuthId');
    expect((await refreshWithHeader(stack.baseUrl, authId!)).status).toBe(200);
  });

  it.each([
    ['v2', 'v2:onedrivev2:abcdefghijkl', V2_TEXT],
    ['no colon', 'justonepart', 'Error: Invalid AuthId format'],
    ['missing', '', 'Error: Missing AuthID'],
  ])('%s: %s', async (_label, authId, text) => {
    expect(await revokeViaForm(stack, authId)).toEqual({ status: 400, result: text });
  });

  it('a v1 AuthID on a server without storage', async () => {
    expect((await revokeViaForm(noStorage, `${'a'.repeat(30)}:${'b'.repeat(32)}`)).result).toBe('Error: Persisted storage is not configured on server');
  });

  it('the result is HTML-escaped', async () => {
    const html = await (await fetch(`${stack.baseUrl}/revoked`, { method: 'POST', body: new URLSearchParams({ authid: 'v2:<b>x</b>' }) })).text();
    expect(html).not.toContain('<b>x</b>');
  });
});
