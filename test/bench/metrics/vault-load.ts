/**
 * Metric 5: opening the vault with 1,000 AuthIDs (read, schema checks, every secret decrypted
 * through an AES-GCM box standing in for safeStorage) against reading and JSON-parsing the same
 * file. The note splits the cost: the document layer alone (conf + schemas, no decryption).
 */
import { readFile } from 'node:fs/promises';
import type { BenchRow } from '../bench-row';
import { VAULT_SPEC } from '../../../electron/services/vault/vault-document';
import { alternatingRuns } from '../support/alternating-runs';
import { benchVaultFolder } from '../support/bench-vault';
import { ms } from '../support/format';
import { atMost, goalRow } from '../support/goal-row';
import { SoftwareSecretBox } from '../support/software-secret-box';

const RECORDS = 1_000;
const ROUNDS = 9;

export default async function measure(): Promise<BenchRow[]> {
  const box = new SoftwareSecretBox();
  const folder = await benchVaultFolder(box, RECORDS);
  try {
    const parseOnly = async () => JSON.parse(await readFile(folder.file, 'utf8')) as unknown;
    const openVault = async () => {
      const vault = await folder.open(box);
      if (vault.list().some((record) => record.secret !== 'available')) throw new Error('a secret did not decrypt');
    };
    const documentOnly = async () => folder.backend().open(VAULT_SPEC).read();
    const { baselineMs, measuredMs } = await alternatingRuns(parseOnly, openVault, ROUNDS);
    const { baselineMs: documentMs } = await alternatingRuns(documentOnly, openVault, ROUNDS);
    return [
      goalRow({
        metric: `Vault load + decrypt, ${RECORDS.toLocaleString('en-US')} records`,
        baseline: `read + JSON.parse ${ms(baselineMs)}`,
        measured: ms(measuredMs),
        ratio: measuredMs / baselineMs,
        goal: atMost(3),
        note: `document read alone (conf + JSON schema + zod, no decryption) ${ms(documentMs)}; AES-256-GCM box stands in for safeStorage`,
      }),
    ];
  } finally {
    folder.remove();
  }
}
