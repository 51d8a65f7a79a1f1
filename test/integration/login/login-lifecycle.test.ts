/**
 * How a login ends other than by a capture in the window: the user closes the window, switches
 * to the system browser, or lets the fetch token's five minutes run out. Real server, provider
 * and Chromium throughout.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../fixtures/manual-clock';
import { pageClosed } from '../../fixtures/waits/page-closed';
import { loginHarness, recordingAccept } from './support/login-harness';
import { loginStackPerFile } from './support/login-stack';
import { signInAtProvider } from './support/provider-pages';

const real = loginStackPerFile();

describe('login lifecycle', () => {
  it('cancels cleanly when the user closes the window: no /fetch afterwards, nothing in flight', async () => {
    const harness = loginHarness(real.browser, { timing: { intervalMs: 50 } });
    const { session: login } = harness.service.start({ provider: 'dropbox', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const page = harness.window.pages[0]!;
    await harness.requests.untilFetchRequests(2);

    await page.close();
    const outcome = await login.result;
    // The poll loop has returned and no look at the page is pending: nothing can send another /fetch.
    await login.stopped();
    expect(harness.requests.inFlight()).toBe(0);

    expect(outcome).toEqual({ status: 'cancelled', message: 'The login window was closed before the login finished. Nothing was saved.' });
    expect(harness.endings()).toEqual([expect.objectContaining({ phase: 'cancelled' })]);
    expect(harness.service.active()).toEqual([]);
    expect(harness.stored).toEqual([]);
  });

  it('“use my browser” closes the window, keeps polling, and succeeds from the browser', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'googledrive', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const windowPage = harness.window.pages[0]!;

    await harness.service.openInBrowser(login.loginId);
    await pageClosed(windowPage);
    expect(login.progress().phase).toBe('waiting-in-browser');
    const browserPage = await harness.externalPages.nth(0, 'the page opened in the system browser');
    // The same login start, in the browser: it went to the provider's sign-in too.
    expect(new URL(browserPage.url()).origin).toBe(real.stack.provider.issuer);

    await signInAtProvider(browserPage, real.stack, { account: 'browser-user' });
    const outcome = await login.result;

    expect(outcome.status === 'succeeded' && outcome.login).toMatchObject({ kind: 'v1', provider: 'googledrive' });
    expect(harness.endings()).toEqual([expect.objectContaining({ phase: 'succeeded' })]);
    expect(harness.events.map((e) => e.phase)).not.toContain('cancelled');
    expect(harness.stored).toHaveLength(1);
  });

  it('cancels from the UI', async () => {
    const harness = loginHarness(real.browser);
    const { session: login } = harness.service.start({ provider: 'box.com', server: real.server });
    await harness.reached('waiting-for-user');

    harness.service.cancel(login.loginId);
    expect(await login.result).toEqual({ status: 'cancelled', message: 'You cancelled the login. Nothing was saved.' });
    await pageClosed(harness.window.pages[0]!);
  });

  it('gives up when the fetch token’s five minutes are over, and says to start again', async () => {
    const clock = manualClock();
    const harness = loginHarness(real.browser, { clock });
    const { session: login } = harness.service.start({ provider: 'onedrivev2', server: real.server, accept: recordingAccept(harness) });
    await harness.reached('waiting-for-user');
    const started = clock.now();

    const outcome = await login.result;

    expect(outcome).toEqual({ status: 'failed', message: 'The login expired before it finished. Start the login again.' });
    expect(clock.now() - started).toBeGreaterThanOrEqual(5 * 60_000);
    expect(harness.requests.fetchRequests()).toBeGreaterThan(1);
    await pageClosed(harness.window.pages[0]!);
    expect(harness.stored).toEqual([]);
  });
});
