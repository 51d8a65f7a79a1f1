/**
 * How soon a finished login's AuthID is in the vault. The app's login service drives a real
 * Chromium page through the AuthID server and OAuth provider (in the server process); the clock
 * starts when the server has finished answering `/logged-in` and stops when the vault has
 * stored the AuthID. Floors, from the same login:
 * - the protocol's: the same page posting its `authid:` message to its opener, which is what
 *   Duplicati's own new UI waits for (support/posting-login-window.ts);
 * - Duplicati's old editor: its cadence (first poll 6 s after opening, then every 3 s) replayed
 *   from the login's own timing, plus one real `/fetch` round trip and the same vault store.
 * Times are epoch ms, comparable across the bench, the server process and Chromium.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { createLoginService, type CapturedLogin, type LoginWindowHandle } from '../../../electron/services/login';
import { pollForAuthId, prepareLogin } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtLeast, ratioAtMost } from '../rows/goal';
import { benchVaultFolder } from '../support/bench-vault';
import { epochNow } from '../support/epoch-now';
import { ms } from '../support/format';
import { oldEditorPollAfter } from '../support/old-editor-cadence';
import { postingLoginWindow } from '../support/posting-login-window';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { timed } from '../support/timed';

interface LoginTimes {
  readonly appMs: number;
  readonly floorMs: number;
  readonly oldEditorMs: number;
}

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const logins = bench.quick ? 1 : 20;
  const servers = await bench.servers();
  const stack = await servers.call('startStack');
  const browser = await bench.browser();
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, 0);
  try {
    const vault = await folder.open(box);
    const server: AuthIdServer = { baseUrl: stack.baseUrl, flavour: 'self-hosted' };
    const windows = postingLoginWindow(browser);
    let opened: { at: number; handle: Promise<LoginWindowHandle> } | undefined;
    let fetchToken = '';
    const service = createLoginService({
      window: {
        open: (url, options) => {
          opened = { at: epochNow(), handle: windows.open(url, options) };
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
        const started = epochNow();
        const record = await vault.add({ defaultLabel: 'Dropbox', provider: login.provider, serverBaseUrl: login.serverBaseUrl, kind: login.kind, authId: login.authId });
        stored = { at: epochNow(), storeMs: epochNow() - started };
        return { authIdId: record.id };
      };
      const before = windows.pages.length;
      const { session } = service.start({ provider: 'dropbox', server, accept });
      const page = await windows.pages.nth(before, 'the login window');
      if (opened === undefined) throw new Error('the login opened no window');
      const { at: openedAt } = opened;
      await opened.handle;
      await signInAtProvider(page, stack, { account: 'alice' });
      const outcome = await session.result;
      const finishedAt = await servers.call('lastFinished', '/logged-in');
      if (outcome.status !== 'succeeded' || stored === undefined || finishedAt === null) throw new Error(`a login ended ${outcome.status}`);
      const postedAt = await windows.posted();
      // The server keeps the AuthID under the fetch token for 30 s: the old editor's poll would have found it.
      const roundTripMs = await timed(async () => {
        const answer = (await (await fetch(`${stack.baseUrl}/fetch?token=${encodeURIComponent(fetchToken)}`)).json()) as { authid?: string };
        if (answer.authid === undefined) throw new Error('/fetch no longer held the AuthID');
      });
      return {
        appMs: stored.at - finishedAt,
        floorMs: postedAt - finishedAt,
        oldEditorMs: oldEditorPollAfter(openedAt, finishedAt) - finishedAt + roundTripMs + stored.storeMs,
      };
    };

    const times: LoginTimes[] = [];
    for (let login = 0; login < logins; login += 1) times.push(await oneLogin());
    const app = times.map((t) => t.appMs);
    const note = `${logins} real login${logins === 1 ? '' : 's'} in Chromium; both figures from each login`;
    return [
      rowFromSamples({
        id: 'capture-latency',
        metric: 'AuthID capture latency (/logged-in answered → in the vault)',
        baselineName: 'page posts authid:',
        samples: { baseline: times.map((t) => t.floorMs), measured: app },
        format: ms,
        goal: ratioAtMost(2),
        note: `${note}; floor = the result page posting its \`authid:\` message to its opener`,
      }),
      rowFromSamples({
        id: 'capture-vs-old-cadence',
        metric: 'AuthID capture vs the old 6 s / 3 s polling',
        baselineName: 'old editor cadence',
        samples: { baseline: times.map((t) => t.oldEditorMs), measured: app },
        format: ms,
        goal: ratioAtLeast(20, ' sooner'),
        ratio: 'baseline/measured',
        note: `${note}; old cadence replayed from each login's own timing, plus a real /fetch and the same vault store`,
      }),
    ];
  } finally {
    folder.remove();
  }
}
