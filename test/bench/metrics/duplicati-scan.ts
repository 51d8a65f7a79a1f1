/**
 * The Duplicati connection reading every backup and matching its AuthID to the vault: the
 * Duplicati service's `scan()` (list, then per backup the backup and its real destination, lint,
 * fingerprints, the overview) against the Duplicati stand-in in the server process, with a vault
 * of the bench's AuthIDs. Floor: the same HTTP reads (the list, then each backup and its
 * export-argsonly, one after another as the scan reads) with the JSON parsed, nothing else.
 */
import { openDuplicatiService } from '../../../electron/services/duplicati';
import type { BenchContext, BenchRow } from '../bench-row';
import type { SeedBackup } from '../../fixtures/duplicati-stand-in/backups';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { benchAuthId } from '../support/bench-authids';
import { benchVaultFolder } from '../support/bench-vault';
import { ms } from '../support/format';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { timed } from '../support/timed';

const PASSWORD = 'bench duplicati password';
/** Every tenth backup uses an AuthID the app does not hold, as after a machine move. */
const UNKNOWN_EVERY = 10;

const schemeOf = (provider: string): string => (provider === 'box.com' ? 'box' : provider);

function backups(count: number, authIds: number): SeedBackup[] {
  return Array.from({ length: count }, (_, index) => {
    const held = benchAuthId(index % authIds);
    const secret = index % UNKNOWN_EVERY === UNKNOWN_EVERY - 1 ? benchAuthId(authIds + index).secret : held.secret;
    return { Name: `Backup ${index}`, TargetURL: `${schemeOf(held.provider)}://Backups/Folder${index}?authid=${encodeURIComponent(secret)}` };
  });
}

async function json(url: string, init: RequestInit): Promise<unknown> {
  const answer = await fetch(url, init);
  const parsed: unknown = JSON.parse(await answer.text());
  if (!answer.ok) throw new Error(`${new URL(url).pathname} answered ${answer.status}`);
  return parsed;
}

/** The floor: the scan's reads, parsed, one after another. */
async function readAll(baseUrl: string, token: string): Promise<number> {
  const init = { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } };
  const list = (await json(`${baseUrl}/api/v1/backups`, init)) as { Backup: { ID: string } }[];
  for (const { Backup } of list) {
    await json(`${baseUrl}/api/v1/backup/${Backup.ID}`, init);
    await json(`${baseUrl}/api/v1/backup/${Backup.ID}/export-argsonly?export-passwords=true`, init);
  }
  return list.length;
}

export default async function measure(bench: BenchContext): Promise<BenchRow[]> {
  const count = bench.quick ? 10 : 100;
  const authIds = bench.quick ? 10 : 100;
  const servers = await bench.servers();
  const baseUrl = await servers.call('startDuplicati', backups(count, authIds), PASSWORD);
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, authIds);
  try {
    const vault = await folder.open(box);
    const service = await openDuplicatiService({ held: vault, secretBox: box });
    const connected = await service.connect({ baseUrl, password: PASSWORD });
    if (!connected.ok) throw new Error(`could not connect to the stand-in: ${connected.failure.message}`);
    const login = (await json(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Password: PASSWORD, RememberMe: true }),
    })) as { AccessToken: string };
    const runs = await interleavedRuns(
      {
        floor: () =>
          timed(async () => {
            if ((await readAll(baseUrl, login.AccessToken)) !== count) throw new Error('the floor did not read every backup');
          }),
        scan: () =>
          timed(async () => {
            const scanned = await service.scan();
            if (!scanned.ok || scanned.value.backups.length !== count) throw new Error('the scan did not read every backup');
          }),
      },
      { rounds: bench.quick ? 2 : 11, warmup: bench.quick ? 1 : 2 },
    );
    await service.disconnect();
    return [
      rowFromSamples({
        id: 'duplicati-scan',
        metric: `Duplicati connection: read ${count} backups and match their AuthIDs (${authIds} in the vault)`,
        baselineName: 'the same HTTP reads + JSON parse',
        samples: { baseline: runs.floor, measured: runs.scan },
        format: ms,
        goal: ratioAtMost(1.5),
        note: `Duplicati stand-in (2.3) in the server process; the scan also fingerprints the vault's AuthIDs, lints each URL and builds the overview; 1 in ${UNKNOWN_EVERY} backups uses an AuthID the vault does not hold`,
      }),
    ];
  } finally {
    folder.remove();
  }
}
