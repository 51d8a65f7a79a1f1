/**
 * The real app core with the Duplicati stand-in: the sample backups (three on one OneDrive AuthID,
 * one on an AuthID the app does not hold, one on a Box AuthID that needs re-authorization), those
 * AuthIDs in the real vault, and a window whose every answer and event is kept, so a test can
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

export async function startDuplicatiSession(browser: Browser, options: { version?: StandInVersion; colorScheme?: 'light' | 'dark' } = {}): Promise<DuplicatiSession> {
  const ids = sampleAuthIds();
  const duplicati = await startDuplicatiStandIn({ password: DUPLICATI_PASSWORD, backups: sampleBackups(ids), version: options.version ?? '2.3.0.4', workingAuthIds: [ids.onedrive] });
  let onedriveId = '';
  const app = await startRealApp(browser, {
    seed: async ({ vault }) => {
      onedriveId = (await vault.add({ label: ONEDRIVE, defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive })).id;
      const box = await vault.add({ label: BOX, defaultLabel: 'Box', provider: 'box.com', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.box });
      vault.recordCheck(box.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'Box refused the refresh token: log in again to authorize the app again.' });
    },
  });
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
