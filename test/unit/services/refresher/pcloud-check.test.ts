import { describe, expect, it  } from 'vitest';
import { checkPcloud } from '../../../../electron/services/refresher/pcloud-check';
import { httpWhoAmI } from '../../../../electron/services/refresher';
import type { FetchFn } from '../../../../electron/services/server-client';

const answering = (status: number, body: unknown, seen: Request[] = []): FetchFn => async (input, init) => {
  seen.push(new Request(input, init));
  return new Response(JSON.stringify(body), { status });
};

describe('pCloud userinfo check', () => {
  it('result 0 is healthy and names the account; the token goes to the region host only', async () => {
    const seen: Request[] = [];
    const checked = await checkPcloud('eapi.pcloud.com', 'tok-123', { fetch: answering(200, { result: 0, email: 'erin@example.com' }, seen) });
    expect(checked).toMatchObject({ outcome: { health: 'healthy', next: 'regular' }, email: 'erin@example.com' });
    expect(seen[0]?.url).toBe('https://eapi.pcloud.com/userinfo?access_token=tok-123');
    expect(checked.outcome?.reason).not.toContain('tok-123');
  });

  it.each([1000, 2000])('result %i needs re-authorization', async (result) => {
    expect((await checkPcloud('api.pcloud.com', 't', { fetch: answering(200, { result }) })).outcome).toMatchObject({ health: 'needs-reauthorization', next: 'never' });
  });

  it('network trouble and odd answers are retried', async () => {
    const down: FetchFn = async () => {
      throw new TypeError('fetch failed');
    };
    expect((await checkPcloud('api.pcloud.com', 't', { fetch: down })).outcome).toMatchObject({ health: 'needs-attention', next: 'retry' });
    expect((await checkPcloud('api.pcloud.com', 't', { fetch: answering(502, {}) })).outcome).toMatchObject({ health: 'needs-attention', next: 'retry' });
  });

  it('the base URL can be overridden for tests', async () => {
    const seen: Request[] = [];
    await checkPcloud('eapi.pcloud.com', 't', { fetch: answering(200, { result: 0 }, seen), baseUrl: () => 'http://127.0.0.1:9/' });
    expect(seen[0]?.url).toBe('http://127.0.0.1:9/userinfo?access_token=t');
  });
});

describe('who am I', () => {
  it('Graph /me with a bearer token gives the principal name', async () => {
    const seen: Request[] = [];
    const name = await httpWhoAmI(answering(200, { userPrincipalName: 'alice@contoso.com' }, seen))('onedrivev2', 'tok');
    expect(name).toBe('alice@contoso.com');
    expect(seen[0]?.url).toBe('https://graph.microsoft.com/v1.0/me');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer tok');
  });

  it('Dropbox is a POST with a JSON null body; Drive nests the address under user', async () => {
    const seen: Request[] = [];
    expect(await httpWhoAmI(answering(200, { email: 'carol@example.com' }, seen))('dropbox', 'tok')).toBe('carol@example.com');
    expect(seen[0]?.method).toBe('POST');
    expect(await seen[0]?.text()).toBe('null');
    expect(await httpWhoAmI(answering(200, { user: { emailAddress: 'bob@gmail.com' } }))('googledrive', 'tok')).toBe('bob@gmail.com');
  });

  it('no call for pCloud or providers without one; failures give no name', async () => {
    const seen: Request[] = [];
    expect(await httpWhoAmI(answering(200, {}, seen))('pcloud', 'tok')).toBeUndefined();
    expect(await httpWhoAmI(answering(200, {}, seen))('jottacloud', 'tok')).toBeUndefined();
    expect(seen).toHaveLength(0);
    expect(await httpWhoAmI(answering(401, { login: 'x' }))('box.com', 'tok')).toBeUndefined();
  });
});
