// IPC fuzzing through the real registration (adapters/ipc-main.ts on a stand-in ipcMain), into
// the real app core over a real vault on disk: 10,000+ calls from right and wrong senders, main
// and sub frames, the app page and look-alikes, with random and malformed payloads. Invariants:
// - a call is answered only when it comes from the app window's main frame on the app page
//   (decided here independently of isTrustedSender); anything else runs no handler at all;
// - nothing but an https: address ever reaches the system browser;
// - no answer holds a plaintext AuthID, except `reveal` for the window;
// - no handler crashes, every refusal says something useful, and the vault is exactly as it was.
import fc from 'fast-check';
import fs from 'node:fs';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { APP_PAGE_URL } from '../../electron/adapters/app-protocol';
import { registerIpcHandlers } from '../../electron/adapters/ipc-main';
import { createAppCore, type AppCore } from '../../electron/app/app-core';
import { REQUEST_NAMES, requestChannel } from '../../electron/ipc/channels';
import type { Envelope, RequestHandlers } from '../../electron/ipc/contract';
import { createClipboardGuard } from '../../electron/services/clipboard/clipboard-guard';
import { openSettings } from '../../electron/services/settings/settings';
import { openVault, type Vault } from '../../electron/services/vault/vault';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../fixtures/fake-secret-box';

const SECRETS = ['0123456789abcdef0123456789abcd:Fuzz-Pa55word.xyz!', 'v2:onedrivev2:M.fuzz+refresh/token=='];
/** The parts no answer may hold: the v1 password, the v2 refresh token. */
const SECRET_PARTS = SECRETS.map((secret) => secret.split(':').at(-1)!);
const RUNS = 10_000;
const WINDOW_ID = 7;

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Envelope<unknown>>;

let folder: TempFolder;
let vault: Vault;
let core: AppCore;
let ids: string[];
const channels = new Map<string, Invoke>();
/** Requests that reached a handler, and every address handed to the system browser. */
const ran: string[] = [];
const opened: string[] = [];
const crashes: string[] = [];

beforeAll(async () => {
  folder = tempFolder();
  vault = await openVault({ backend: folder.backend(), secretBox: new FakeSecretBox() });
  const [v1, v2] = SECRETS as [string, string];
  const a = await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: v1, serverBaseUrl: 'http://127.0.0.1:9' });
  const b = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v2', authId: v2, serverBaseUrl: 'http://127.0.0.1:9' });
  vault.addDestination(a.id, { name: 'Laptop', path: 'Backups', options: {} });
  ids = [a.id, b.id];
  await vault.flush();
  core = createAppCore({
    vault,
    settings: openSettings({ backend: folder.backend(), autostart: memoryAutostart() }),
    clipboard: createClipboardGuard({ clipboard: recordingClipboard() }),
    // Checks would reach a server; the fuzzer targets the IPC surface, so they answer at once.
    checker: { checkNow: async () => ({ at: new Date(0).toISOString(), health: 'healthy', reason: 'fuzz' }), checkAll: async () => undefined },
    loginWindow: { open: () => Promise.reject(new Error('no login window while fuzzing')) },
    browser: { open: async (url) => void opened.push(url) },
    notifier: recordingNotifier(),
    emit: () => undefined,
    showRecord: () => undefined,
  });
  await core.ready();
  const counted = Object.fromEntries(
    Object.entries(core.handlers).map(([name, handler]) => [name, (input: never) => (ran.push(name), (handler as (input: never) => Promise<unknown>)(input))]),
  ) as unknown as RequestHandlers;
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void channels.set(channel, listener as unknown as Invoke), removeHandler: (channel) => void channels.delete(channel) },
    handlers: counted,
    windowWebContentsId: () => WINDOW_ID,
    appUrl: APP_PAGE_URL,
    onUnexpected: (error, request) => crashes.push(`${request}: ${String(error)}`),
  });
});
afterAll(async () => {
  await core.dispose();
  folder.remove();
});

/** Where a frame may be: the app page (with a fragment or query), look-alikes, other pages, nothing. */
const frameUrl = fc.oneof(
  fc.constantFrom(APP_PAGE_URL, `${APP_PAGE_URL}#/settings`, `${APP_PAGE_URL}?x=1`),
  fc.constantFrom(
    'app://authid-manager/',
    'app://authid-manager/assets/index.js',
    'app://authid-manager/index.html/..',
    'app://evil/index.html',
    'app://authid-manager.evil/index.html',
    'app://authid-manager:1/index.html',
    'evil://authid-manager/index.html',
    'file:///opt/authid-manager/out/renderer/index.html',
    'file:///etc/passwd',
    'http://localhost:5173/',
    'https://evil.example/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    '',
  ),
  fc.webUrl(),
  fc.string(),
);
/** Half the calls come from the window's main frame on its page, so the handlers themselves are fuzzed too. */
const event = fc.oneof(
  fc.record({ senderId: fc.constant(WINDOW_ID), frame: fc.record({ isMain: fc.constant(true), url: fc.constantFrom(APP_PAGE_URL, `${APP_PAGE_URL}#/settings`) }) }),
  fc.record({
    senderId: fc.oneof(fc.constant(WINDOW_ID), fc.integer({ min: -1, max: 20 })),
    frame: fc.oneof(fc.constant(null), fc.record({ isMain: fc.boolean(), url: frameUrl })),
  }),
);

/** Independent of isTrustedSender: the window's main frame on exactly the app page. */
function fromTheWindow({ senderId, frame }: { senderId: number; frame: { isMain: boolean; url: string } | null }): boolean {
  if (senderId !== WINDOW_ID || frame === null || !frame.isMain) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === 'app:' && url.host === 'authid-manager' && url.pathname === '/index.html' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Addresses a page might ask the browser to open: web pages, local files, scripts, other apps. */
const link = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('file:///etc/passwd', 'FILE:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'data:text/html,x', 'smb://host/share', 'ms-settings:privacy', 'http://example.com/', 'https:/\\evil', ' https://example.com', 'vbscript:x'),
  fc.string(),
);
/** Shapes close to real payloads (so they get past the first check) with wrong or unknown parts. */
const nearMiss = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
  fc.record({ id: fc.string({ maxLength: 80 }), label: fc.string({ maxLength: 300 }) }),
  fc.record({ id: fc.string(), path: fc.string({ maxLength: 3000 }), options: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())) }),
  fc.record({ provider: fc.string(), serverBaseUrl: fc.oneof(fc.webUrl(), fc.string()) }),
  fc.record({ baseUrl: fc.oneof(fc.constant('javascript:alert(1)'), fc.constant('file:///etc/passwd'), fc.string()) }),
  fc.record({ url: link }),
  fc.record({ text: fc.string({ maxLength: 20_000 }) }),
  fc.record({ checkIntervalHours: fc.oneof(fc.double(), fc.integer(), fc.string()), theme: fc.string() }),
  fc.record({ enabled: fc.anything() }),
  fc.record({ loginId: fc.string(), destinationId: fc.string() }),
  fc.constant({ __proto__: { id: 'polluted' } }),
);
/** Real record ids, in requests that read secrets or must still be refused, so the fuzzer reaches the handlers' own checks. */
const onRealRecords = (real: readonly string[]) => {
  const id = fc.constantFrom(...real);
  return fc.oneof(
    fc.record({ id }),
    fc.record({ id, label: fc.constantFrom('', ' ', 'x'.repeat(201)) }),
    fc.record({ id, destinationId: fc.string({ minLength: 1, maxLength: 64 }) }),
    fc.record({ id, name: fc.constant('Fuzz'), path: fc.string(), options: fc.constantFrom({ authid: 'x' }, { 'oauth-url': 'x' }, { AuthID: 'x' }, { passphrase: 'x' }) }),
    fc.record({ id, path: fc.string(), options: fc.dictionary(fc.string({ minLength: 65 }), fc.string()) }),
  );
};
/** Calls that change the vault on purpose (a correct forget or rename) are left out: the vault must end as it began. */
const channel = fc.constantFrom(...REQUEST_NAMES.filter((name) => name !== 'forget' && name !== 'rename' && name !== 'revoke'));
/** Requests that read a record's secret or echo pasted text: each answer is checked for the AuthID. */
const secretReaders = (real: readonly string[]) => {
  const id = fc.constantFrom(...real);
  const pasted = fc.constantFrom(...SECRETS.flatMap((secret) => [secret, `dropbox://B?authid=${encodeURIComponent(secret)}`, `onedrivev2://B?authid=${secret}&passphrase=${secret}`]));
  return fc.oneof(
    fc.tuple(fc.constantFrom('getState', 'listProviders', 'getSettings'), fc.constant(undefined)),
    fc.tuple(fc.constantFrom('reveal', 'copyAuthId', 'planRevoke', 'checkNow'), fc.record({ id })),
    fc.tuple(fc.constantFrom('previewUrl', 'copyUrl'), fc.record({ id, path: fc.string({ maxLength: 20 }), options: fc.constantFrom({}, { 'fragment-size': '10' }) })),
    fc.tuple(fc.constant('copyDestination'), fc.record({ id, destinationId: fc.string({ minLength: 1, maxLength: 64 }) })),
    fc.tuple(fc.constant('analyzePaste'), fc.record({ text: pasted })),
  );
};

describe('IPC fuzzing through the registration', () => {
  it(`${RUNS} calls from right and wrong senders: only the window is answered, only https is opened, no AuthID leaks`, async () => {
    const before = { records: JSON.stringify(vault.list()), file: fs.readFileSync(folder.file('vault.json'), 'utf8') };
    let answeredTheWindow = 0;
    let refusedOthers = 0;
    const payload = fc.oneof(fc.anything({ maxDepth: 3 }), nearMiss, onRealRecords(ids), fc.constant(undefined));
    const call = fc.oneof(fc.tuple(channel, payload), fc.tuple(fc.constant('openExternal'), fc.record({ url: link })), secretReaders(ids));
    await fc.assert(
      fc.asyncProperty(call, event, async ([name, input], sender) => {
        const ranBefore = ran.length;
        const openedBefore = opened.length;
        const ipcEvent = {
          sender: { id: sender.senderId },
          senderFrame: sender.frame === null ? null : { url: sender.frame.url, parent: sender.frame.isMain ? null : {} },
        } as unknown as IpcMainInvokeEvent;
        const envelope = await channels.get(requestChannel(name as (typeof REQUEST_NAMES)[number]))!(ipcEvent, structuredCloneable(input));
        const answer = JSON.stringify(envelope);
        if (!fromTheWindow(sender)) {
          refusedOthers += 1;
          expect(envelope).toEqual({ ok: false, error: { code: 'untrusted-sender', message: 'Only the AuthID Manager window may ask for this.' } });
          expect(ran.length).toBe(ranBefore);
          expect(opened.length).toBe(openedBefore);
          return;
        }
        if (envelope.ok) answeredTheWindow += 1;
        for (const url of opened.slice(openedBefore)) expect(new URL(url).protocol, url).toBe('https:');
        if (name !== 'reveal') for (const part of SECRET_PARTS) expect(answer).not.toContain(part);
        if (envelope.ok) return;
        expect(envelope.error.code).not.toBe('internal');
        expect(envelope.error.message.length).toBeGreaterThan(10);
        expect(envelope.error.message.length).toBeLessThan(600);
      }),
      { numRuns: RUNS },
    );
    await vault.flush();
    expect(crashes).toEqual([]);
    expect(refusedOthers).toBeGreaterThan(RUNS * 0.3);
    expect(answeredTheWindow).toBeGreaterThan(RUNS * 0.02);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((url) => url.startsWith('https://'))).toBe(true);
    expect(JSON.stringify(vault.list())).toBe(before.records);
    expect(fs.readFileSync(folder.file('vault.json'), 'utf8')).toBe(before.file);
    expect(vault.list().map((r) => r.id)).toEqual(ids);
  }, 120_000);
});

/** IPC structured-clones payloads; values that cannot be cloned never reach main. */
function structuredCloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}
