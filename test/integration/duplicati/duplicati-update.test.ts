/**
 * Updating: after a re-authorization, the new AuthID goes into every backup that used the old one
 * — URL, --authid option, extra destinations — written whole with its schedule and read back;
 * Undo restores each backup's exact previous configuration.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, PASSWORD, type Harness } from './support/duplicati-harness';
import { newAuthId, DAILY } from './support/sample-backups';
import { MASKING_VERSIONS, VERSIONS } from './support/versions';
import { HOSTED, UPDATED_IDS, expectEachWhole, plannedAndSelected, reauthorizedJourney, snapshot, withNewAuthId, type Journey } from './support/update-journey';
import { PLACEHOLDER } from '../../fixtures/duplicati-stand-in/url-masking';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const enc = encodeURIComponent;

async function start(options: Parameters<typeof reauthorizedJourney>[0]): Promise<Journey> {
  const journey = await reauthorizedJourney(options);
  harness = journey.harness;
  return journey;
}

describe.each(VERSIONS)('Duplicati %s', (version) => {
  it('previews, updates three backups, reads them back with their schedules, and undoes it exactly', async () => {
    const journey = await start({ version });
    await journey.harness.service.scan();
    expect(journey.harness.service.atRisk()?.message).toBe('3 backups use an AuthID you have replaced');
    const { plan, selected } = await plannedAndSelected(journey);
    expect(plan.title).toBe('Use the new AuthID in these 3 backups');
    expect(selected).toEqual(UPDATED_IDS);
    const [documents, photos, work] = plan.backups;
    expect(documents).toMatchObject({ name: 'Documents', schedule: 'Every day at 02:00 (kept as is)', changes: [{ where: 'Destination URL' }] });
    expect(documents?.changes[0]?.after).toMatch(/^onedrivev2:\/\/Backups\/Laptop%20Docs\?authid=[0-9a-f]{4}…:••••••••.{4}$/);
    expect(documents?.changes[0]?.after.slice(-4)).toBe(journey.fresh.slice(-4));
    expect(photos?.changes.map((c) => c.where)).toEqual(['Destination URL', 'Advanced option --authid']);
    expect(work?.changes.map((c) => c.where)).toEqual(['Destination URL', 'Advanced option --authid']);
    expect(journey.harness.duplicati.writes()).toBe(0);

    const applied = await journey.harness.service.applyUpdate(plan.planId, selected);
    if (!applied.ok) throw new Error(applied.failure.message);
    expect(applied.value.outcomes.map((o) => o.outcome)).toEqual(['updated', 'updated', 'updated']);
    expect(applied.value.summary).toBe('Updated 3 backups; schedules and other settings are unchanged.');
    const tested = version === '2.1.0.5' ? 'not-available' : 'passed';
    expect(applied.value.outcomes.map((o) => o.destinationTest?.result)).toEqual([tested, tested, tested]);
    expectEachWhole(journey, UPDATED_IDS);
    const puts = journey.harness.duplicati.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(3);
    expect(puts.every((r) => (r.body as { Schedule?: unknown }).Schedule !== undefined)).toBe(true);
    expect(journey.harness.duplicati.requests.some((r) => r.path.includes('update-backups'))).toBe(false);
    expect(journey.harness.service.overview()?.backups.slice(0, 3).map((b) => [b.health, b.authId?.current])).toEqual([['ok', true], ['ok', true], ['ok', true]]);
    expect(journey.harness.service.atRisk()).toEqual({ needsReauthorization: 0, replaced: 0, broken: 0 });

    const undone = await journey.harness.service.undo(applied.value.undoId!);
    if (!undone.ok) throw new Error(undone.failure.message);
    expect(undone.value.outcomes.map((o) => o.outcome)).toEqual(['restored', 'restored', 'restored']);
    expectEachWhole(journey, []);
    expect(journey.harness.service.undoHistory()).toEqual([]);
    journey.harness.expectNoSecretsInWindow();
  });

  it('refuses backups of another provider, and ones that read the AuthID from a secret provider', async () => {
    const journey = await start({ version });
    const vault = journey.harness.duplicati.backups.raw('6')!;
    journey.harness.duplicati.backups.put('6', { Backup: { ...vault.backup, TargetURL: 'onedrivev2://S?authid=$work-secret' }, Schedule: vault.schedule });
    const planned = await journey.harness.service.planUpdate({ recordId: journey.recordId, backupIds: ['4', '6'] });
    if (!planned.ok) throw new Error(planned.failure.message);
    expect(planned.value.title).toBe('No backup needs the new AuthID');
    expect(planned.value.backups.map((b) => [b.selected, b.blocked])).toEqual([
      [false, 'This backup stores to Dropbox; “OneDrive” is an AuthID for Microsoft OneDrive.'],
      [false, "This backup reads its AuthID from Duplicati's secret provider; change it there."],
    ]);
    const applied = await journey.harness.service.applyUpdate(planned.value.planId, ['4', '6']);
    expect(applied.ok && applied.value.outcomes.map((o) => o.outcome)).toEqual(['untouched', 'untouched']);
    expect(journey.harness.duplicati.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('after a restart, finds the backups that used the replaced AuthID without being told', async () => {
    const journey = await start({ version });
    const restarted = await journey.harness.restart();
    expect((await restarted.resume()).ok).toBe(true);
    const { plan, selected } = await plannedAndSelected(journey);
    expect([plan.title, selected]).toEqual(['Use the new AuthID in these 3 backups', UPDATED_IDS]);
  });

  it('puts the AuthID server into oauth-url when the new AuthID comes from another server', async () => {
    const old = newAuthId();
    harness = await startHarness({
      version,
      backups: [
        { Name: 'No oauth-url', TargetURL: `onedrivev2://A?authid=${enc(old)}`, Schedule: DAILY },
        { Name: 'Old oauth-url', TargetURL: `onedrivev2://B?authid=${enc(old)}&oauth-url=${enc(`${HOSTED}/refresh`)}`, Settings: [{ Name: '--oauth-url', Value: `${HOSTED}/refresh`, Filter: '' }], Schedule: DAILY },
      ],
    });
    const record = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: HOSTED, kind: 'v1', authId: old });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    await harness.service.scan();
    const fresh = newAuthId();
    await harness.vault.replaceSecret(record.id, { authId: fresh, kind: 'v1' });
    // Re-authorized at a self-hosted server this time.
    harness.vault.remove(record.id);
    const moved = await harness.vault.add({ defaultLabel: 'OneDrive', provider: 'onedrivev2', serverBaseUrl: 'https://oauth.example.com', kind: 'v1', authId: fresh });
    const planned = await harness.service.planUpdate({ recordId: moved.id, backupIds: ['1', '2'] });
    if (!planned.ok) throw new Error(planned.failure.message);
    const applied = await harness.service.applyUpdate(planned.value.planId, ['1', '2']);
    expect(applied.ok && applied.value.outcomes.map((o) => o.outcome)).toEqual(['updated', 'updated']);
    // The stand-in's provider does not know this AuthID, so Duplicati's own test of the destination fails (where it has one).
    expect(applied.ok && applied.value.outcomes[0]?.destinationTest).toEqual(
      version === '2.1.0.5'
        ? { result: 'not-available', message: expect.stringContaining('cannot test a destination on request') }
        : { result: 'failed', message: expect.stringMatching(/^Duplicati could not connect to the destination: Failed to authorize using the OAuth service/) },
    );
    const refresh = enc('https://oauth.example.com/refresh');
    expect(harness.duplicati.backups.raw('1')?.backup.TargetURL).toBe(`onedrivev2://A?authid=${enc(fresh)}&oauth-url=${refresh}`);
    expect(harness.duplicati.backups.raw('2')?.backup).toMatchObject({
      TargetURL: `onedrivev2://B?authid=${enc(fresh)}&oauth-url=${refresh}`,
      Settings: [{ Name: '--oauth-url', Value: 'https://oauth.example.com/refresh', Filter: '' }],
    });
    harness.expectNoSecretsInWindow();
  });
});

describe.each(MASKING_VERSIONS)('Duplicati %s (masks secrets)', (version) => {
  it('sends masked placeholders back for secrets it does not change, and updates extra destinations', async () => {
    const journey = await start({ version });
    const extra = { UrlKey: 'offsite', TargetUrl: `onedrivev2://Offsite%20Copy?authid=${enc(journey.ids.onedrive)}&keep=`, Mode: 'inline', Interval: null, ConnectionStringID: -1, Options: null };
    const documents = journey.harness.duplicati.backups.raw('1')!;
    journey.harness.duplicati.backups.put('1', { Backup: { ...documents.backup, AdditionalTargetURLs: [extra] }, Schedule: documents.schedule });
    const before = snapshot(journey.harness);
    await journey.harness.service.scan();
    const { plan, selected } = await plannedAndSelected(journey);
    expect(plan.backups[0]?.changes.map((c) => c.where)).toEqual(['Destination URL', 'Extra destination “offsite”']);
    const applied = await journey.harness.service.applyUpdate(plan.planId, selected);
    expect(applied.ok && applied.value.outcomes.map((o) => o.outcome)).toEqual(['updated', 'updated', 'updated']);
    expect(journey.harness.duplicati.backups.raw('1')).toEqual(withNewAuthId(before.get('1')!, journey.ids.onedrive, journey.fresh));
    const photosPut = journey.harness.duplicati.requests.find((r) => r.method === 'PUT' && r.path.endsWith('/2'))?.body as { Backup: { Settings: { Name: string; Value: string }[] } };
    expect(photosPut.Backup.Settings.find((s) => s.Name === 'passphrase')?.Value).toBe(PLACEHOLDER);
    expect(journey.harness.duplicati.backups.raw('2')?.backup.Settings.find((s) => s.Name === 'passphrase')?.Value).toBe('photo passphrase');
    journey.harness.expectNoSecretsInWindow();
  });

  it('warns that a named connection keeps the old AuthID', async () => {
    const journey = await start({ version, connectionStrings: [{ ID: 7, Name: 'OneDrive', BaseUrl: 'onedrivev2://?authid=x' }] });
    const work = journey.harness.duplicati.backups.raw('3')!;
    journey.harness.duplicati.backups.put('3', { Backup: { ...work.backup, ConnectionStringID: 7 }, Schedule: work.schedule });
    const { plan } = await plannedAndSelected(journey);
    expect(plan.backups[2]?.notes).toEqual([expect.stringContaining('named connection in Duplicati (#7), which keeps the old AuthID')]);
  });
});
