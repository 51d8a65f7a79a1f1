/**
 * The login service's bookkeeping with hand-made ports: a window that records what it was told,
 * and a server client whose poll ends when the test says. The real server, provider and browser
 * run in test/integration/login.
 */
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../electron/ipc/user-facing-error';
import type { LoginProgressView } from '../../../../electron/ipc/views';
import { createLoginService, type LoginServerClient, type LoginWindowOpenOptions } from '../../../../electron/services/login';
import type { PollResult, PreparedLogin } from '../../../../electron/services/server-client';
import { loginUrl } from '../../../../electron/services/server-client';
import type { AuthIdServer } from '../../../../electron/services/servers/known-servers';

const SERVER: AuthIdServer = { baseUrl: 'http://127.0.0.1:9', flavour: 'self-hosted' };
const V1 = '0123456789abcdef0123456789abcd:Pa55word-Pa55word-Pa55w';

interface FakeOptions {
  readonly windowFails?: boolean;
  /** The poll returns only when the test resolves it, not as soon as it is aborted. */
  readonly slowPoll?: boolean;
  /** What the server's index page said (default: the login starts at the index URL). */
  readonly prepared?: PreparedLogin;
}

function fakes({ windowFails = false, slowPoll = false, prepared }: FakeOptions = {}) {
  const windows: { url: string; options: LoginWindowOpenOptions; closed: boolean; focused: number; pageText: string | null; pageHtml: string }[] = [];
  const polls: { resolve: (r: PollResult) => void; nudges: number; signal: AbortSignal | undefined }[] = [];
  const events: LoginProgressView[] = [];
  const browserUrls: string[] = [];
  const client: LoginServerClient = {
    prepareLogin: async (server, provider) => prepared ?? { ok: true, ...loginUrl(server, provider, 'fixed-fetch-token-0123456789') },
    pollForAuthId: (_server, _token, options) => {
      let resolve: (r: PollResult) => void = () => undefined;
      const poll = { resolve: (r: PollResult) => resolve(r), nudges: 0, signal: options?.signal };
      polls.push(poll);
      if (!slowPoll) options?.signal?.addEventListener('abort', () => resolve({ kind: 'cancelled' }));
      return { result: new Promise<PollResult>((r) => (resolve = r)), nudge: () => void (poll.nudges += 1) };
    },
  };
  const service = createLoginService({
    client,
    onProgress: (p) => events.push(p),
    browser: { open: async (url) => void browserUrls.push(url) },
    window: {
      open: async (url, options) => {
        if (windowFails) throw new Error('no display');
        const win = { url, options, closed: false, focused: 0, pageText: null as string | null, pageHtml: '' };
        windows.push(win);
        return {
          readUserIdText: async () => win.pageText,
          readPageHtml: async () => win.pageHtml,
          close: () => {
            if (win.closed) return;
            win.closed = true;
            options.onClosed();
          },
          focus: () => void (win.focused += 1),
        };
      },
    },
  });
  const settle = () => new Promise((r) => setImmediate(r));
  return { service, windows, polls, events, browserUrls, settle };
}

describe('login service', () => {
  it('opens the server index for the provider with the fetch token, in a fresh partition', async () => {
    const { service, windows, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    expect(windows[0]?.url).toBe('http://127.0.0.1:9/?type=dropbox&token=fixed-fetch-token-0123456789');
    expect(windows[0]?.options.partition).toBe(`login-${login.loginId}`);
    expect(windows[0]?.options.partition.startsWith('persist:')).toBe(false);
    expect(windows[0]?.options.allowedOrigins).toEqual(['http://127.0.0.1:9']);
    login.cancel();
  });

  it('runs one login per provider and server, and focuses it when asked again', async () => {
    const { service, windows, settle } = fakes();
    const first = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    const again = service.start({ provider: 'dropbox', server: { ...SERVER, baseUrl: 'http://127.0.0.1:9/' } });
    const other = service.start({ provider: 'box.com', server: SERVER });
    await settle();
    expect(again.session).toBe(first.session);
    expect([first.isNew, again.isNew, other.isNew]).toEqual([true, false, true]);
    expect(other.session.loginId).not.toBe(first.session.loginId);
    expect(windows).toHaveLength(2);
    expect(windows[0]?.focused).toBe(1);
    expect(service.active().map((p) => p.provider).sort()).toEqual(['box.com', 'dropbox']);
    await service.cancelAll();
    expect(service.active()).toEqual([]);
  });

  it('hands the AuthID to accept and reports its record id once, with the window closed', async () => {
    const { service, windows, polls, events, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER, accept: async () => ({ authIdId: 'rec-1' }) });
    await settle();
    polls[0]?.resolve({ kind: 'ready', authId: V1 });
    const outcome = await login.result;
    expect(outcome).toEqual({
      status: 'succeeded',
      authIdId: 'rec-1',
      login: { authId: V1, kind: 'v1', provider: 'dropbox', serverBaseUrl: SERVER.baseUrl },
    });
    expect(windows[0]?.closed).toBe(true);
    expect(events.map((e) => e.phase)).toEqual(['opening', 'waiting-for-user', 'succeeded']);
    expect(events.at(-1)?.authIdId).toBe('rec-1');
    expect(JSON.stringify(events)).not.toContain(V1.split(':')[1]);
  });

  it('turns a refusal to store into a failure with its message, never a success', async () => {
    const { service, polls, events, settle } = fakes();
    const { session: login } = service.start({
      provider: 'dropbox',
      server: SERVER,
      accept: async () => {
        throw new UserFacingError('not-an-authid', 'The vault said no.');
      },
    });
    await settle();
    polls[0]?.resolve({ kind: 'ready', authId: V1 });
    expect(await login.result).toEqual({ status: 'failed', message: 'The vault said no.' });
    expect(events.filter((e) => e.phase === 'succeeded')).toEqual([]);
  });

  it('keeps a secret out of the message when storing fails unexpectedly', async () => {
    const { service, polls, settle } = fakes();
    const { session: login } = service.start({
      provider: 'dropbox',
      server: SERVER,
      accept: async () => {
        throw new Error(`disk full while writing ${V1}`);
      },
    });
    await settle();
    polls[0]?.resolve({ kind: 'ready', authId: V1 });
    const outcome = await login.result;
    expect(outcome.status).toBe('failed');
    expect(JSON.stringify(outcome)).not.toContain(V1);
  });

  it('reports exactly one result when the page and /fetch both deliver', async () => {
    const { service, windows, polls, events, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    const win = windows[0];
    if (win === undefined) throw new Error('no window');
    win.pageText = `${V1}\n`;
    win.options.onNavigated({ url: `${SERVER.baseUrl}/logged-in?code=c&state=s`, status: 200 });
    polls[0]?.resolve({ kind: 'ready', authId: V1 });
    await login.result;
    await settle();
    expect(polls[0]?.nudges).toBe(1);
    expect(events.map((e) => e.phase)).toEqual(['opening', 'waiting-for-user', 'capturing', 'succeeded']);
  });

  it('waits for pCloud’s callback when /fetch wins the race, so the region is not lost', async () => {
    const { service, windows, polls, settle } = fakes();
    const { session: login } = service.start({ provider: 'pcloud', server: SERVER });
    await settle();
    polls[0]?.resolve({ kind: 'ready', authId: 'pcloudAccessToken123' });
    await settle();
    windows[0]?.options.onNavigated({ url: `${SERVER.baseUrl}/logged-in?code=c&state=s&hostname=eapi.pcloud.com&locationid=2`, status: 200 });
    const outcome = await login.result;
    expect(outcome.status === 'succeeded' && outcome.login).toEqual({
      authId: 'pcloudAccessToken123',
      kind: 'access-token-only',
      provider: 'pcloud',
      serverBaseUrl: SERVER.baseUrl,
      region: { host: 'eapi.pcloud.com', locationId: 2 },
    });
  });

  it('cancels from the UI: polling aborted, window closed, one cancelled event', async () => {
    const { service, windows, polls, events, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    service.cancel(login.loginId);
    service.cancel(login.loginId);
    expect(await login.result).toEqual({ status: 'cancelled', message: 'You cancelled the login. Nothing was saved.' });
    expect(polls[0]?.signal?.aborted).toBe(true);
    expect(windows[0]?.closed).toBe(true);
    expect(events.filter((e) => e.phase === 'cancelled')).toHaveLength(1);
  });

  it('stopped() resolves only once the poll has returned, which may be after the outcome', async () => {
    const { service, polls, settle } = fakes({ slowPoll: true });
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    service.cancel(login.loginId);
    expect((await login.result).status).toBe('cancelled');
    let stopped = false;
    const whenStopped = login.stopped().then(() => void (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    polls[0]!.resolve({ kind: 'cancelled' });
    await whenStopped;
    expect(stopped).toBe(true);
  });

  it('fails plainly when the window cannot be opened', async () => {
    const { service, polls } = fakes({ windowFails: true });
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    expect(await login.result).toEqual({ status: 'failed', message: 'The login window could not be opened. Start the login again.' });
    expect(polls).toHaveLength(0);
  });

  it('ends at once, with no window, when the server does not offer the provider', async () => {
    const message = 'The AuthID server at 127.0.0.1:9 does not offer Dropbox (it said: “Server error”). Nothing was saved. Authorize Dropbox at another server.';
    const { service, windows, polls, events } = fakes({ prepared: { ok: false, message } });
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    expect(await login.result).toEqual({ status: 'failed', message });
    expect([windows.length, polls.length]).toEqual([0, 0]);
    expect(events.map((e) => e.phase)).toEqual(['opening', 'failed']);
  });

  it('ends at once when the server’s result page holds no AuthID, with what the page said', async () => {
    const { service, windows, polls, events, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    windows[0]!.pageHtml = '<html><body><h1>Duplicati</h1><p>The login could not be completed.</p></body></html>';
    windows[0]!.options.onNavigated({ url: `${SERVER.baseUrl}/logged-in?code=c&state=s`, status: 200 });
    expect(await login.result).toEqual({
      status: 'failed',
      message: 'The AuthID server at 127.0.0.1:9 ended the Dropbox login without an AuthID (it said: “The login could not be completed.”). Nothing was saved. Start the login again.',
    });
    expect(windows[0]!.closed).toBe(true);
    expect(polls[0]!.signal?.aborted).toBe(true);
    expect(events.map((e) => e.phase)).toEqual(['opening', 'waiting-for-user', 'capturing', 'failed']);
  });

  it('reads the provider’s refusal from X-Reason on an error answer', async () => {
    const { service, windows, settle } = fakes();
    const { session: login } = service.start({ provider: 'dropbox', server: SERVER });
    await settle();
    windows[0]!.options.onNavigated({
      url: `${SERVER.baseUrl}/logged-in?code=c&state=s`,
      status: 500,
      reason: 'Authentication provider for Dropbox gave error: {"error": "invalid_grant", "error_description": "The code has expired."}',
    });
    expect(await login.result).toEqual({
      status: 'failed',
      message: "Dropbox did not accept the login (invalid_grant: The code has expired.). Nothing was saved. Start the login again; if it fails again, remove the app's access at Dropbox first.",
    });
  });

  it('ends at once on an error answer where the login starts', async () => {
    const { service, windows, settle } = fakes();
    const { session: login } = service.start({ provider: 'box.com', server: SERVER });
    await settle();
    windows[0]!.pageHtml = '<html><body><pre>{"error":"Server error"}</pre></body></html>';
    windows[0]!.options.onNavigated({ url: `${SERVER.baseUrl}/login?id=box.com&token=t`, status: 500 });
    const outcome = await login.result;
    expect(outcome.status === 'failed' && outcome.message).toBe(
      'The AuthID server at 127.0.0.1:9 could not finish the Box login (HTTP 500: “Server error”). Nothing was saved. Start the login again; if it keeps failing, try later or authorize at another server.',
    );
  });

  it('Jottacloud on the hosted handler: no /fetch polling, the page alone delivers', async () => {
    const hosted: AuthIdServer = { baseUrl: 'https://duplicati-oauth-handler.appspot.com', flavour: 'hosted-handler' };
    const { service, windows, polls, settle } = fakes();
    const { session: login } = service.start({ provider: 'jottacloud', server: hosted });
    await settle();
    expect(polls).toHaveLength(0);
    windows[0]!.pageText = V1;
    windows[0]!.options.onNavigated({ url: `${hosted.baseUrl}/cli-token-login`, status: 200 });
    expect(await login.result).toMatchObject({ status: 'succeeded', login: { provider: 'jottacloud', authId: V1 } });
  });

  it('says an unknown login has ended when asked to open it in the browser', async () => {
    const { service } = fakes();
    await expect(service.openInBrowser('nope')).rejects.toThrow('That login has already ended.');
  });
});
