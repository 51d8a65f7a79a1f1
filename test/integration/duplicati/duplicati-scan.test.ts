/**
 * Seeing: every backup's real destination (export-argsonly, since 2.2.1 masks it elsewhere),
 * matched to the app's AuthIDs by fingerprint, with every kind of problem flagged — and no
 * plaintext AuthID in anything the window would receive.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DuplicatiBackupView, DuplicatiOverview } from '../../../electron/services/duplicati';
import type { SeedBackup } from '../../fixtures/duplicati-stand-in/backups';
import { PASSWORD, startHarness, type Harness } from './support/duplicati-harness';
import { DAILY, WEEKLY, newAuthId, sampleAuthIds, sampleBackups } from './support/sample-backups';
import { MASKING_VERSIONS, VERSIONS } from './support/versions';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HOSTED = 'https://duplicati-oauth-handler.appspot.com';
const SELF_HOSTED = 'https://oauth.example.com';
const enc = encodeURIComponent;

async function scanned(h: Harness): Promise<DuplicatiOverview> {
  expect(await h.service.connect({ baseUrl: h.duplicati.baseUrl, password: PASSWORD })).toMatchObject({ ok: true });
  const result = await h.service.scan();
  if (!result.ok) throw new Error(result.failure.message);
  return result.value;
}

const byName = (overview: DuplicatiOverview, name: string): DuplicatiBackupView => {
  const found = overview.backups.find((b) => b.name === name);
  if (found === undefined) throw new Error(`no backup ${name}`);
  return found;
};

const codes = (backup: DuplicatiBackupView) => backup.problems.map((p) => p.code);

describe.each(VERSIONS)('Duplicati %s', (version) => {
  it('matches backups to the app\'s AuthIDs and flags the ones at risk', async () => {
    const ids = sampleAuthIds();
    harness = await startHarness({ version, backups: sampleBackups(ids) });
    const onedrive = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive });
    const box = await harness.vault.add({ defaultLabel: 'Box', provider: 'box.com', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.box });
    harness.vault.recordCheck(box.id, { at: new Date().toISOString(), health: 'needs-reauthorization', reason: 'The AuthID server says the AuthID is no longer valid.' });

    const overview = await scanned(harness);
    expect(overview.version).toBe(version);
    expect(harness.service.usedBy(onedrive.id).map((u) => u.name)).toEqual(['Documents', 'Photos', 'Work']);
    expect(harness.service.usedBy(box.id).map((u) => u.name)).toEqual(['Box archive']);
    expect(byName(overview, 'Documents')).toMatchObject({ health: 'ok', problems: [], authId: { recordId: onedrive.id, label: 'OneDrive', current: true, source: 'url' }, schedule: 'Every day at 02:00' });
    expect(byName(overview, 'Work')).toMatchObject({ health: 'at-risk', problems: [{ code: 'option-disagrees', severity: 'warning' }] });
    expect(byName(overview, 'Shared Dropbox')).toMatchObject({ health: 'at-risk', problems: [{ code: 'authid-not-held' }] });
    expect(byName(overview, 'Box archive')).toMatchObject({ health: 'broken', problems: [{ code: 'needs-reauthorization', message: expect.stringContaining('“Box”') }] });
    expect(byName(overview, 'Local disk')).toMatchObject({ health: 'not-applicable', problems: [] });
    expect(overview.atRisk).toEqual({ needsReauthorization: 1, replaced: 0, broken: 1, message: '1 backup uses an AuthID that needs re-authorization' });
    expect(byName(overview, 'Documents').destination).toMatch(/^onedrivev2:\/\/Backups\/Laptop%20Docs\?authid=[0-9a-f]{4}…:••••••••/);
    harness.expectNoSecretsInWindow();
  });

  it('recognises backups that still use an AuthID the app replaced by re-authorizing', async () => {
    const ids = sampleAuthIds();
    harness = await startHarness({ version, backups: sampleBackups(ids) });
    const onedrive = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive });
    await scanned(harness);
    await harness.vault.replaceSecret(onedrive.id, { authId: newAuthId(), kind: 'v1' });
    await harness.restart();
    const overview = await scanned(harness);
    for (const name of ['Documents', 'Photos', 'Work']) {
      expect(byName(overview, name)).toMatchObject({ health: 'broken', authId: { recordId: onedrive.id, current: false } });
      expect(codes(byName(overview, name))).toContain('authid-replaced');
    }
    expect(overview.atRisk.message).toBe('3 backups use an AuthID you have replaced');
    expect(harness.service.usedBy(onedrive.id)).toHaveLength(3);
    harness.expectNoSecretsInWindow();
  });

  it('flags lint findings, disagreeing options, the wrong AuthID server and one AuthID on two servers', async () => {
    const mine = newAuthId();
    const selfHosted = newAuthId();
    const backups: SeedBackup[] = [
      { Name: 'Twice', TargetURL: `dropbox://Twice?authid=${enc(mine)}&authid=${enc(mine)}`, Schedule: DAILY },
      {
        Name: 'Oauth option',
        TargetURL: `onedrivev2://A?authid=${enc(selfHosted)}&oauth-url=${enc(`${SELF_HOSTED}/refresh`)}`,
        Settings: [{ Name: '--oauth-url', Value: `${HOSTED}/refresh`, Filter: '' }],
        Schedule: WEEKLY,
      },
      { Name: 'Default server', TargetURL: `onedrivev2://B?authid=${enc(selfHosted)}`, Schedule: DAILY },
      { Name: 'From a secret provider', TargetURL: 'onedrivev2://C?authid=$onedrive-work', Schedule: null },
    ];
    harness = await startHarness({ version, backups });
    await harness.vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', serverBaseUrl: HOSTED, kind: 'v1', authId: mine });
    await harness.vault.add({ defaultLabel: 'Work OneDrive', provider: 'onedrivev2', serverBaseUrl: SELF_HOSTED, kind: 'v1', authId: selfHosted });
    const overview = await scanned(harness);
    expect(byName(overview, 'Twice').problems).toEqual([expect.objectContaining({ code: 'url-lint', lintCode: 'duplicate-authid', severity: 'error' })]);
    expect(codes(byName(overview, 'Oauth option'))).toEqual(['option-disagrees', 'same-authid-different-servers']);
    expect(codes(byName(overview, 'Default server'))).toEqual(['wrong-server', 'same-authid-different-servers']);
    expect(byName(overview, 'Default server').problems[0]?.message).toMatch(/duplicati-oauth-handler\.appspot\.com to refresh “Work OneDrive”, but that AuthID came from oauth\.example\.com/);
    expect(byName(overview, 'From a secret provider')).toMatchObject({ health: 'ok', authId: { masked: '$onedrive-work' }, problems: [{ code: 'secret-reference', severity: 'info' }] });
    harness.expectNoSecretsInWindow();
  });

  it('takes the AuthID from a server-wide --oauth-url into account and from a lone --authid option', async () => {
    const mine = newAuthId();
    harness = await startHarness({
      version,
      serverOptions: { '--oauth-url': `${SELF_HOSTED}/refresh` },
      backups: [{ Name: 'Option only', TargetURL: 'onedrivev2://D', Settings: [{ Name: '--authid', Value: mine, Filter: '' }], Schedule: DAILY }],
    });
    const record = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: SELF_HOSTED, kind: 'v1', authId: mine });
    const overview = await scanned(harness);
    expect(byName(overview, 'Option only')).toMatchObject({ health: 'ok', problems: [], refreshServer: SELF_HOSTED, authId: { recordId: record.id, source: 'option' } });
  });
});

describe.each(MASKING_VERSIONS)('Duplicati %s (masks secrets)', (version) => {
  it('reads the real AuthID although the backup view masks it, and checks extra destinations', async () => {
    const ids = sampleAuthIds();
    const backups = sampleBackups(ids);
    backups[0] = { ...backups[0]!, AdditionalTargetURLs: [{ UrlKey: 'offsite', TargetUrl: `box://Offsite?authid=${enc(ids.box)}`, Mode: 'inline', Interval: null, ConnectionStringID: -1, Options: null }] };
    harness = await startHarness({ version, backups });
    expect(JSON.stringify(harness.duplicati.backups.get('1').body)).toContain('authid=***************');
    const onedrive = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive });
    const overview = await scanned(harness);
    const documents = byName(overview, 'Documents');
    expect(documents.authId).toMatchObject({ recordId: onedrive.id });
    expect(documents.extraDestinations).toEqual([{ key: 'offsite', destination: expect.stringMatching(/^box:\/\/Offsite\?authid=/), authId: expect.objectContaining({ source: 'url' }) }]);
    expect(documents.problems).toEqual([expect.objectContaining({ code: 'authid-not-held', message: expect.stringContaining('extra destination “offsite”') })]);
    harness.expectNoSecretsInWindow();
  });
});

describe('when the last look is outdated', () => {
  it('after a check that changes an AuthID’s health, a re-authorization or a new AuthID; not after a check that changes nothing', async () => {
    const ids = sampleAuthIds();
    harness = await startHarness({ backups: sampleBackups(ids) });
    const { service, vault } = harness;
    const onedrive = await vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.onedrive });
    expect(await service.overviewOutdated()).toBe(false);
    await scanned(harness);
    expect(await service.overviewOutdated()).toBe(false);
    const healthy = { at: new Date().toISOString(), health: 'healthy', reason: 'The AuthID works.' } as const;
    vault.recordCheck(onedrive.id, healthy);
    expect(await service.overviewOutdated()).toBe(true);
    expect((await service.scan()).ok).toBe(true);
    vault.recordCheck(onedrive.id, { ...healthy, at: new Date(Date.now() + 1_000).toISOString() });
    expect(await service.overviewOutdated()).toBe(false);
    await vault.replaceSecret(onedrive.id, { authId: newAuthId(), kind: 'v1' });
    expect(await service.overviewOutdated()).toBe(true);
    expect((await service.scan()).ok).toBe(true);
    await vault.add({ defaultLabel: 'Dropbox', provider: 'dropbox', serverBaseUrl: HOSTED, kind: 'v1', authId: ids.dropboxUnknown });
    expect(await service.overviewOutdated()).toBe(true);
    const overview = await service.scan();
    expect(overview.ok && byName(overview.value, 'Shared Dropbox').problems.map((p) => p.code)).not.toContain('authid-not-held');
  });
});
