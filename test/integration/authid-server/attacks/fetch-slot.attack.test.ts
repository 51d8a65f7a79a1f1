/**
 * Attack: whoever learns or plants a fetch token reads the AuthID from `/fetch` — again and
 * again for 30 s, through a `<script>` tag with JSONP, or after resetting the slot by
 * registering the token once more. The built-in server hands an AuthID out once, has no JSONP,
 * forbids other sites to embed `/fetch`, and never empties a filled slot.
 */
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdStack, type AuthIdStack } from '../../../fixtures/authid-stack';
import { newFetchToken } from '../support/http';

let stack: AuthIdStack;

beforeAll(async () => {
  stack = await startAuthIdStack({ hardened: true });
});
afterAll(async () => {
  await stack?.close();
});

const fetchAt = (query: string): Promise<Response> => fetch(`${stack.baseUrl}/fetch?${query}`);
const loginWithToken = async (): Promise<{ token: string; authId: string }> => {
  const token = newFetchToken();
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/?type=onedrivev2&token=${token}`);
  if (!authId?.includes(':')) throw new Error('login gave no AuthID');
  return { token, authId };
};

describe('/fetch', () => {
  it('hands the AuthID out once: the second read finds nothing', async () => {
    const { token, authId } = await loginWithToken();
    expect(await (await fetchAt(`token=${token}`)).json()).toEqual({ authid: authId });
    expect(await (await fetchAt(`token=${token}`)).json()).toEqual({ error: 'No such entry' });
  });

  it('registering the token again does not empty the filled slot', async () => {
    const { token, authId } = await loginWithToken();
    expect((await fetch(`${stack.baseUrl}/?token=${token}`)).status).toBe(200);
    expect(await (await fetchAt(`token=${token}`)).json()).toEqual({ authid: authId });
  });

  it('has no JSONP: callback= and jsonp= still answer plain JSON, and the answer may not be embedded elsewhere', async () => {
    const token = newFetchToken();
    await fetch(`${stack.baseUrl}/?token=${token}`);
    for (const param of ['callback', 'jsonp']) {
      const response = await fetchAt(`token=${token}&${param}=steal`);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(await response.text()).toBe('{"wait":"Not ready"}');
    }
  });

  it('the logged-in page’s script posts to no opener when no origin is trusted', async () => {
    const script = await (await fetch(`${stack.baseUrl}/assets/logged-in.js`)).text();
    expect(script).toContain('var targets = [];');
    expect(script).not.toContain("'*'");
  });
});
