/** Reads what the vault holds for comparison, and writes the chosen import items into it. */
import { getProvider } from '../providers';
import type { Vault } from '../vault';
import type { ExistingAuthId, ImportPlanItem } from './import-plan';

export type ImportTarget = Pick<Vault, 'list' | 'readSecret' | 'add' | 'addDestination' | 'setAccountName'>;

export async function existingAuthIds(vault: Pick<Vault, 'list' | 'readSecret'>): Promise<ExistingAuthId[]> {
  const existing: ExistingAuthId[] = [];
  for (const record of vault.list()) {
    const authId = record.secret === 'available' ? await vault.readSecret(record.id).catch(() => undefined) : undefined;
    existing.push({ record, authId });
  }
  return existing;
}

export interface ImportOutcome {
  /** Ids of the records created. */
  readonly added: readonly string[];
  /** Ids of the records that gained destinations or an account name. */
  readonly updated: readonly string[];
  readonly unchanged: number;
  /** The item that failed, after which nothing more was written; earlier items stay imported. */
  readonly failed?: { readonly label: string; readonly error: unknown };
}

export async function applyImport(vault: ImportTarget, items: readonly ImportPlanItem[]): Promise<ImportOutcome> {
  const added: string[] = [];
  const updated: string[] = [];
  let unchanged = 0;
  for (const item of items) {
    try {
      if (item.status === 'new') added.push(await addNew(vault, item));
      else if (item.existingId !== undefined && writesSomething(item)) updated.push(update(vault, item.existingId, item));
      else unchanged += 1;
    } catch (error) {
      return { added, updated, unchanged, failed: { label: item.candidate.label, error } };
    }
  }
  return { added, updated, unchanged };
}

async function addNew(vault: ImportTarget, item: ImportPlanItem): Promise<string> {
  const { candidate } = item;
  const [first, ...rest] = item.destinationsToSave;
  const record = await vault.add({
    label: candidate.label,
    defaultLabel: getProvider(candidate.provider).name,
    provider: candidate.provider,
    serverBaseUrl: candidate.serverBaseUrl,
    kind: candidate.kind,
    authId: candidate.authId,
    ...(candidate.accountName === undefined ? {} : { accountName: candidate.accountName }),
    ...(candidate.region === undefined ? {} : { region: candidate.region }),
    ...(first === undefined ? {} : { destination: first }),
  });
  for (const destination of rest) vault.addDestination(record.id, destination);
  return record.id;
}

/** A label or server that differs is kept as it is here, so such an item changes nothing. */
function writesSomething(item: ImportPlanItem): boolean {
  return item.destinationsToSave.length > 0 || item.accountNameToSave !== undefined;
}

function update(vault: ImportTarget, id: string, item: ImportPlanItem): string {
  for (const destination of item.destinationsToSave) vault.addDestination(id, destination);
  if (item.accountNameToSave !== undefined) vault.setAccountName(id, item.accountNameToSave);
  return id;
}
