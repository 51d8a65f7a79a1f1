/**
 * Logins through the real AuthID server and the real OAuth provider, clicked through in
 * Chromium: the page stands in for the login window.
 */
import { describe, expect, it } from 'vitest';
import { parseAuthId } from '../../../electron/services/authids/authid-parse';
import { deauthorizePagesFor } from '../../../electron/services/providers/provider-lookup';
import { pageClosed } from '../../fixtures/waits/page-closed';
import { loginHarness, recordingAccept } from './support/login-harness';
import { loginStackPerFile } from './support/login-stack';
import { signInAtProvider } from './support/provider-pages';

const real = loginStackPerFile();

describe('login through the real server and provider', () => {
  it('captures a v1 AuthID once and closes the window', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'dropbox', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const page = harness.window.pages[0]!;
    // The index page registered the fetch token; the window went straight to the provider's sign-in.
    expect(new URL(page.url()).origin).toBe(real.stack.provider.issuer);

    await signInAtProvider(page, real.stack, { account: 'v1-user' });
    const outcome = await login.result;
    // Every capture path that lost the race has finished too, so a second report would show.
    await login.stopped();

    expect(outcome.status).toBe('succeeded');
    if (outcome.status !== 'succeeded') return;
    expect(outcome.authIdId).toBe('record-1');
    expect(outcome.login).toMatchObject({ kind: 'v1', provider: 'dropbox', serverBaseUrl: real.stack.baseUrl });
    expect(outcome.login.region).toBeUndefined();
    expect(parseAuthId(outcome.login.authId, 'dropbox')).toMatchObject({ ok: true, kind: 'v1' });
    expect(harness.stored).toEqual([outcome.login]);
    expect(harness.endings()).toEqual([expect.objectContaining({ phase: 'succeeded', authIdId: 'record-1' })]);
    await pageClosed(page);
    expect(JSON.stringify(harness.events)).not.toContain(outcome.login.authId);
  });

  it('reads pCloud’s region from the callback URL', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'pcloud', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const page = harness.window.pages[0]!;

    await signInAtProvider(page, real.stack, { account: 'pcloud-user' });
    const outcome = await login.result;

    expect(outcome.status === 'succeeded' && outcome.login).toMatchObject({
      kind: 'access-token-only',
      provider: 'pcloud',
      region: { host: 'eapi.pcloud.com', locationId: 2 },
    });
    expect(harness.stored).toHaveLength(1);
  });

  it('captures a Jottacloud CLI-token login from the page when /fetch never gets it', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'jottacloud', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const page = harness.window.pages[0]!;

    await page.locator('#token').fill(real.stack.provider.makeCliToken('jotta-user'));
    // Like the hosted handler, which drops the fetch token on this form: only the page can tell.
    await page.locator('input[name="fetchtoken"]').evaluate((input) => ((input as HTMLInputElement).value = ''));
    await page.locator('button[type="submit"]').click();
    const outcome = await login.result;
    await login.stopped();

    expect(outcome.status === 'succeeded' && outcome.login).toMatchObject({ kind: 'v1', provider: 'jottacloud' });
    expect(harness.endings()).toHaveLength(1);
  });

  it('fails on a pseudo-AuthID with what happened and where to de-authorize, and stores nothing', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'dropbox', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const page = harness.window.pages[0]!;

    await signInAtProvider(page, real.stack, { account: 'declining-user', deny: true });
    const outcome = await login.result;
    await login.stopped();

    const dropboxPage = deauthorizePagesFor('dropbox')[0]!.url;
    expect(outcome).toEqual({ status: 'failed', message: expect.stringContaining('not an AuthID and was not saved'), deauthorizeUrl: dropboxPage });
    expect(outcome.status === 'failed' && outcome.message).toContain(dropboxPage);
    expect(harness.stored).toEqual([]);
    expect(harness.endings()).toEqual([expect.objectContaining({ phase: 'failed', deauthorizeUrl: dropboxPage })]);
    await pageClosed(page);
  });
});
