// IPC fuzzing: 10,000+ random and malformed payloads across every channel of the contract,
// through the same dispatch main uses, into the real app core over a real vault on disk.
// None may crash a handler (the generic "internal" answer), every refusal must say something
// useful without a secret in it, and the vault must be exactly as it was.
import fc from 'fast-check';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAppCore, type AppCore } from '../../electron/app/app-core';
import { REQUEST_NAMES } from '../../electron/ipc/channels';
import { dispatchRequest } from '../../electron/ipc/dispatch-request';
import { createClipboardGuard } from '../../electron/services/clipboard/clipboard-guard';
import { openSettings } from '../../electron/services/settings/settings';
import { openVault, type Vault } from '../../electron/services/vault/vault';
import { memoryAutostart, recordingClipboard, recordingNotifier } from '../fixtures/app/recording-ports';
import { tempFolder, type TempFolder } from '../unit/document-store/temp-conf-backend';
import { FakeSecretBox } from '../unit/vault/fake-secret-box';

const SECRETS = ['0123456789abcdef0123456789abcd:Fuzz-Pa55word.xyz!', 'v2:onedrivev2:M.fuzz+refresh/token=='];
const RUNS = 10_000;

let folder: TempFolder;
let vault: Vault;
let core: AppCore;
let ids: string[];
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
    browser: { open: async () => undefined },
    notifier: recordingNotifier(),
    emit: () => undefined,
    showRecord: () => undefined,
  });
  await core.ready();
});
afterAll(async () => {
  await core.dispose();
  folder.remove();
});

/** Shapes close to real payloads (so they get past the first check) with wrong or unknown parts. */
const nearMiss = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
  fc.record({ id: fc.string({ maxLength: 80 }), label: fc.string({ maxLength: 300 }) }),
  fc.record({ id: fc.string(), path: fc.string({ maxLength: 3000 }), options: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())) }),
  fc.record({ provider: fc.string(), serverBaseUrl: fc.oneof(fc.webUrl(), fc.string()) }),
  fc.record({ baseUrl: fc.oneof(fc.constant('javascript:alert(1)'), fc.constant('file:///etc/passwd'), fc.string()) }),
  fc.record({ url: fc.oneof(fc.constant('file:///etc/passwd'), fc.constant('smb://host/share'), fc.string()) }),
  fc.record({ text: fc.string({ maxLength: 20_000 }) }),
  fc.record({ checkIntervalHours: fc.oneof(fc.double(), fc.integer(), fc.string()), theme: fc.string() }),
  fc.record({ enabled: fc.anything() }),
  fc.record({ loginId: fc.string(), destinationId: fc.string() }),
  fc.constant({ __proto__: { id: 'polluted' } }),
);
/** Real record ids in requests that must still be refused, so the fuzzer reaches the handlers' own checks. */
const onRealRecords = (real: readonly string[]) => {
  const id = fc.constantFrom(...real);
  return fc.oneof(
    fc.record({ id, label: fc.constantFrom('', ' ', 'x'.repeat(201)) }),
    fc.record({ id, destinationId: fc.string({ minLength: 1, maxLength: 64 }) }),
    fc.record({ id, name: fc.constant('Fuzz'), path: fc.string(), options: fc.constantFrom({ authid: 'x' }, { 'oauth-url': 'x' }, { AuthID: 'x' }) }),
    fc.record({ id, path: fc.string(), options: fc.dictionary(fc.string({ minLength: 65 }), fc.string()) }),
  );
};
const channel = fc.oneof(fc.constantFrom(...REQUEST_NAMES), fc.string({ maxLength: 20 }));

describe('IPC fuzzing', () => {
  test(`${RUNS} random and malformed payloads: no crash, clear refusals, vault unchanged`, async () => {
    const before = { records: JSON.stringify(vault.list()), file: fs.readFileSync(folder.file('vault.json'), 'utf8') };
    let refused = 0;
    let reachedHandlers = 0;
    const payload = fc.oneof(fc.anything({ maxDepth: 3 }), nearMiss, onRealRecords(ids), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(channel, payload, async (name, input) => {
        const envelope = await dispatchRequest(core.handlers, name, structuredCloneable(input), (error) => crashes.push(`${name}: ${String(error)}`));
        if (envelope.ok || !['invalid-request', 'unknown-request'].includes(envelope.error.code)) reachedHandlers += 1;
        if (envelope.ok) return;
        refused += 1;
        expect(envelope.error.code).not.toBe('internal');
        expect(envelope.error.message.length).toBeGreaterThan(10);
        expect(envelope.error.message.length).toBeLessThan(600);
        for (const secret of SECRETS) expect(envelope.error.message).not.toContain(secret.split(':').at(-1));
      }),
      { numRuns: RUNS },
    );
    await vault.flush();
    expect(crashes).toEqual([]);
    expect(refused).toBeGreaterThan(RUNS * 0.8);
    expect(reachedHandlers).toBeGreaterThan(100);
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
