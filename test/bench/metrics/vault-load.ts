/**
 * Opening the vault with 1,000 AuthIDs (read, validate, decrypt every secret through an AES-GCM
 * box standing in for safeStorage) against the floor: reading, parsing and decrypting the same
 * file with the same box. The note splits the time into its parts, each timed in the same rounds.
 */
import type { BenchContext, BenchRow } from '../bench-row';
import { VAULT_SPEC } from '../../../electron/services/vault/vault-document';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtMost } from '../rows/goal';
import { interleavedRuns } from '../rows/interleaved-runs';
import { benchVaultFolder } from '../support/bench-vault';
import { ms } from '../support/format';
import { SoftwareSecretBox } from '../support/software-secret-box';
import { median } from '../support/stats';
import { timed } from '../support/timed';
import { readVaultJson, vaultFloor } from '../support/vault-floor';

export default async function measure({ quick }: BenchContext): Promise<BenchRow[]> {
  const records = quick ? 100 : 1_000;
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, records);
  try {
    const runs = await interleavedRuns(
      {
        floor: () => timed(() => vaultFloor(folder.file, box)),
        vault: () =>
          timed(async () => {
            const vault = await folder.open(box);
            if (vault.list().some((record) => record.secret !== 'available')) throw new Error('a secret did not decrypt');
          }),
        readParse: () => timed(async () => readVaultJson(folder.file)),
        readParseValidate: () => timed(async () => VAULT_SPEC.schema.parse(readVaultJson(folder.file))),
      },
      { rounds: quick ? 2 : 15, warmup: quick ? 1 : 3 },
    );
    // Each part from the same round's runs, then the median over rounds.
    const part = (of: (round: number) => number): string => ms(median(runs.vault.map((_, round) => of(round))));
    const readParse = (round: number) => runs.readParse[round]!;
    const decrypt = (round: number) => runs.floor[round]! - readParse(round);
    const validation = (round: number) => runs.readParseValidate[round]! - readParse(round);
    return [
      rowFromSamples({
        id: 'vault-load',
        metric: `Vault load + decrypt, ${records.toLocaleString('en-US')} records`,
        baselineName: 'read + parse + decrypt',
        samples: { baseline: runs.floor, measured: runs.vault },
        format: ms,
        goal: ratioAtMost(1.5),
        note:
          `split (per-round medians): read + parse ${part(readParse)}, decrypt ${part(decrypt)}, zod validation ${part(validation)}, ` +
          `the rest ${part((round) => runs.vault[round]! - runs.floor[round]! - validation(round))}; AES-256-GCM box stands in for safeStorage`,
      }),
    ];
  } finally {
    folder.remove();
  }
}
