/**
 * Metric 1: how soon a finished login's AuthID is in the vault. The app's login service drives a
 * real Chromium page through the real AuthID server and OAuth provider; the clock starts when
 * the server has finished answering `/logged-in` and stops when the vault has stored the
 * AuthID. Baseline: Duplicati's old editor cadence for the same login (its first poll at or
 * after that moment), plus one real `/fetch` round trip and the same vault store.
 */
import type { BenchRow } from '../bench-row';
import { createLoginService, type CapturedLogin, type LoginWindowHandle } from '../../../electron/services/login';
import { pollForAuthId, prepareLogin } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { startAuthIdStack } from '../../fixtures/authid-stack';
import { launchChromium } from '../../fixtures/chromium';
import { playwrightLoginWindow } from '../../integration/login/support/playwright-login-window';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { benchVaultFolder } from '../support/bench-vault';
import { ms } from '../support/format';
import { atLeast, goalRow } from '../support/goal-row';
import { oldEditorPollAfter } from '../support/old-editor-cadence';
import { watchResponseFinishes } from '../support/response-finishes';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { median } from '../support/stats';
import { timed } from '../support/timed';

const LOGINS = 20;

interface LoginTimes {
  readonly appMs: number;
  readonly oldEditorMs: number;
}

export default async function measure(): Promise<BenchRow[]> {
  const [stack, browser] = await Promise.all([startAuthIdStack(), launchChromium()]);
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, 0);
  const finishes = watchResponseFinishes(stack.server.port, '/logged-in');
  try {
    const vault = await folder.open(box);
    const server: AuthIdServer = { baseUrl: stack.baseUrl, flavour: 'self-hosted' };
    const windows = playwrightLoginWindow(browser);
    let opened: { at: number; handle: Promise<LoginWindowHandle> } | undefined;
    let fetchToken = '';
    const service = createLoginService({
      window: {
        open: (url, options) => {
          opened = { at: performance.now(), handle: windows.open(url, options) };
          return opened.handle;
        },
      },
      browser: { open: () => Promise.reject(new Error('the bench never uses the system browser')) },
      onProgress: () => undefined,
      client: {
        prepareLogin: async (target, provider, options) => {
          const made = await prepareLogin(target, provider, options);
          if (made.ok) fetchToken = made.fetchToken;
          return made;
        },
        pollForAuthId,
      },
    });

    const oneLogin = async (): Promise<LoginTimes> => {
      let stored: { at: number; storeMs: number } | undefined;
      const accept = async (login: CapturedLogin) => {
        const started = performance.now();
        const record = await vault.add({ defaultLabel: 'Dropbox', provider: login.provider, serverBaseUrl: login.serverBaseUrl, kind: login.kind, authId: login.authId });
        stored = { at: performance.now(), storeMs: performance.now() - started };
        return { authIdId: record.id };
      };
      const before = windows.pages.length;
      const session = service.start({ provider: 'dropbox', server, accept });
      const page = await windows.pages.nth(before, 'the login window');
      if (opened === undefined) throw new Error('the login opened no window');
      const { at: openedAt } = opened;
      await opened.handle;
      await signInAtProvider(page, stack, { account: 'alice' });
      const outcome = await session.result;
      const finishedAt = finishes.latest();
      if (outcome.status !== 'succeeded' || stored === undefined || finishedAt === undefined) throw new Error(`a login ended ${outcome.status}`);
      // The server keeps the AuthID under the fetch token for 30 s: the old editor's poll would have found it.
      const roundTripMs = await timed(async () => {
        const answer = (await (await fetch(`${stack.baseUrl}/fetch?token=${encodeURIComponent(fetchToken)}`)).json()) as { authid?: string };
        if (answer.authid === undefined) throw new Error('/fetch no longer held the AuthID');
      });
      return {
        appMs: stored.at - finishedAt,
        oldEditorMs: oldEditorPollAfter(openedAt, finishedAt) - finishedAt + roundTripMs + stored.storeMs,
      };
    };

    const times: LoginTimes[] = [];
    for (let login = 0; login < LOGINS; login += 1) times.push(await oneLogin());
    const app = median(times.map((t) => t.appMs));
    const oldEditor = median(times.map((t) => t.oldEditorMs));
    return [
      goalRow({
        metric: 'AuthID capture latency (/logged-in → in the vault)',
        baseline: `old editor cadence ${ms(oldEditor)}`,
        measured: ms(app),
        ratio: oldEditor / app,
        goal: atLeast(20, ' sooner'),
        note: `median of ${LOGINS} real logins in Chromium; old cadence (6 s, then every 3 s) replayed from each login's own timing`,
      }),
    ];
  } finally {
    finishes.stop();
    await browser.close();
    await stack.close();
    folder.remove();
  }
}
