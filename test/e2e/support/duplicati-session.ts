/**
 * The real app core with the Duplicati stand-in: the sample backups (three on one OneDrive AuthID,
 * one on an AuthID the app does not hold, one on a Box AuthID that needs re-authorization), those
 * AuthIDs in the real vault (the OneDrive one, when asked, from a real login at the app's AuthID
 * server, with its backups refreshing there), and a window whose every answer and event is kept, so a test can
 * prove that no plaintext AuthID or password reached it.
 */
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import type { RequestHandlers } from '../../../electron/ipc/contract';
import { startRealApp, type RealApp } from '../../fixtures/app/real-app';
import { startDuplicatiStandIn, type DuplicatiStandIn } from '../../fixtures/duplicati-stand-in/server';
import type { StandInVersion } from '../../fixtures/duplicati-stand-in/versions';
import { registerSecret, secretsIn } from '../../fixtures/leak-check/secret-registry';
import { sampleAuthIds, sampleBackups, type SampleAuthIds } from '../../integration/duplicati/support/sample-backups';
import { HOSTED } from '../../integration/duplicati/support/update-journey';
import { openApp, type AppHost } from './app-host';
import { realAuthId } from './sample-authids';

/** A real AuthID is a secret like the made-up ones: the leak check looks for it too. */
function registered(authId: string): string {
  registerSecret(authId);
  return authId;
}

export const DUPLICATI_PASSWORD = 'window stand-in duplicati password';
registerSecret(DUPLICATI_PASSWORD);
export const ONEDRIVE = 'OneDrive at home';
export const BOX = 'Box archive account';

export interface DuplicatiSession {
  readonly app: RealApp;
  readonly host: AppHost;
  readonly duplicati: DuplicatiStandIn;
  readonly ids: SampleAuthIds;
  readonly onedriveId: string;
  /** Everything main answered or pushed to the window. */
  readonly received: unknown[];
  expectNoSecretsReceived(): Promise<void>;
  close(): Promise<void>;
}

/** Every answer the window gets is kept in `seen`, as main's IPC would send it. */
function recording(handlers: RequestHandlers, seen: unknown[]): RequestHandlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = async (input) => {
      const answer = await handler(input);
      seen.push(answer);
      return answer;
    };
  }
  return wrapped as unknown as RequestHandlers;
}

export interface DuplicatiSessionOptions {
  readonly version?: StandInVersion;
  readonly colorScheme?: 'light' | 'dark';
  /**
   * The OneDrive AuthID comes from a real login (as ONEDRIVE_ACCOUNT) at the app's AuthID server,
   * which answers like the hosted handler so that a refused refresh reads as "log in again", and
   * its three backups refresh through that server. Default: a made-up AuthID under the hosted
   * handler, which no test sends to a server.
   */
  readonly realOneDrive?: boolean;
}

/** The account the real OneDrive login signs in as at the fixture provider. */
export const ONEDRIVE_ACCOUNT = 'home-user';

/** What the seed made: the stand-in and the AuthIDs its backups use. */
interface Seeded {
  readonly duplicati: DuplicatiStandIn;
  readonly ids: SampleAuthIds;
  readonly onedriveId: string;
}

export async function startDuplicatiSession(browser: Browser, options: DuplicatiSessionOptions = {}): Promise<DuplicatiSession> {
  const real = options.realOneDrive === true;
  const seeded: { value?: Seeded } = {};
  const app = await startRealApp(browser, {
    ...(real ? { server: { answersLike: { flavour: 'hosted-handler' as const } } } : {}),
    seed: async ({ vault, stack }) => {
      const made = sampleAuthIds();
      const ids = real ? { ...made, onedrive: registered(await realAuthId(stack, 'onedrivev2', ONEDRIVE_ACCOUNT)) } : made;
      const duplicati = await startDuplicatiStandIn({
        password: DUPLICATI_PASSWORD,
        backups: sampleBackups(ids, real ? { oneDriveRefreshUrl: `${stack.baseUrl}/refresh` } : {}),
        version: options.version ?? '2.3.0.4',
        workingAuthIds: [ids.onedrive],
      });
      const onedrive = await vault.add({ label: ONEDRIVE, defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: real ? stack.baseUrl : HOSTED, kind: 'v1', authId: ids.onedrive });
      const box = await vault.add({ label: BOX, defaultLabel: 'Box', provider: 'box.com', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.box });
      vault.recordCheck(box.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Box refused the refresh token: log in again to authorize the app again.' });
      seeded.value = { duplicati, ids, onedriveId: onedrive.id };
    },
  });
  if (seeded.value === undefined) throw new Error('The seed did not start the Duplicati stand-in.');
  const { duplicati, ids, onedriveId } = seeded.value;
  const received: unknown[] = [];
  const unsubscribe = app.events.subscribe((_event, payload) => received.push(payload));
  const host = await openApp(recording(app.core.handlers, received), app.events, { browser, colorScheme: options.colorScheme ?? 'light' });
  return {
    app,
    host,
    duplicati,
    ids,
    onedriveId,
    received,
    expectNoSecretsReceived: async () => {
      expect(received.length).toBeGreaterThan(0);
      expect(secretsIn(JSON.stringify(received)), 'secrets in what the window received').toEqual([]);
      expect(secretsIn(await host.page.content()), 'secrets on the page').toEqual([]);
    },
    close: async () => {
      unsubscribe();
      const problems = host.problems();
      await host.close();
      await app.close();
      await duplicati.close();
      expect(problems).toEqual([]);
    },
  };
}
