/** An opened import file as the window shows it: AuthIDs masked, each with what importing does. */
import type { ImportItemView, ImportPreviewView } from '../../ipc/transfer-views';
import { maskAuthId } from '../../services/authids';
import { getProvider } from '../../services/providers';
import type { ImportContents, ImportOutcome, ImportPlanItem } from '../../services/transfer';

export function previewView(
  importId: string,
  contents: ImportContents,
  plan: readonly ImportPlanItem[],
  isKnownServer: (baseUrl: string) => boolean,
  expiresAt: Date,
): ImportPreviewView {
  return {
    importId,
    source: contents.source,
    items: plan.map((item) => itemView(item, isKnownServer)),
    skipped: contents.skipped.map((s) => ({ ...s })),
    message: summary(contents, plan),
    expiresAt: expiresAt.toISOString(),
  };
}

function itemView(item: ImportPlanItem, isKnownServer: (baseUrl: string) => boolean): ImportItemView {
  const { candidate } = item;
  return {
    key: item.key,
    status: item.status,
    label: candidate.label,
    provider: candidate.provider,
    providerName: getProvider(candidate.provider).name,
    kind: candidate.kind,
    masked: maskAuthId(candidate.authId),
    serverBaseUrl: candidate.serverBaseUrl,
    ...serverFacts(item, isKnownServer),
    ...(candidate.accountName === undefined ? {} : { accountName: candidate.accountName }),
    destinations: candidate.destinations.map(({ name, path }) => ({ name, path })),
    differences: [...item.differences],
    ...(item.existingId === undefined ? {} : { existingId: item.existingId }),
  };
}

function serverFacts(item: ImportPlanItem, isKnownServer: (baseUrl: string) => boolean): Pick<ImportItemView, 'serverKnown' | 'serverNote'> {
  const { serverBaseUrl } = item.candidate;
  if (isKnownServer(serverBaseUrl) || item.status !== 'new') return { serverKnown: isKnownServer(serverBaseUrl) };
  return {
    serverKnown: false,
    serverNote: `It uses the AuthID server ${new URL(serverBaseUrl).host}, which is not in Settings. Importing it adds that server to Settings, and the app will send this AuthID there to keep it working.`,
  };
}

function summary(contents: ImportContents, plan: readonly ImportPlanItem[]): string {
  const from = contents.source === 'duplicati' ? 'This Duplicati export holds' : 'This file holds';
  if (plan.length === 0) return `${from} no AuthID the app can import${contents.skipped.length === 0 ? '.' : '; the reasons are listed below.'}`;
  const count = (status: ImportPlanItem['status']) => plan.filter((item) => item.status === status).length;
  const parts = [
    [count('new'), 'new'],
    [count('differs'), 'different from the one here'],
    [count('already-here'), 'already here'],
  ] as const;
  const held = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const left = contents.skipped.length === 0 ? '' : ` ${contents.skipped.length === 1 ? '1 entry' : `${contents.skipped.length} entries`} cannot be imported; see why below.`;
  return `${from} ${authIds(plan.length)}: ${held.join(', ')}.${left}`;
}

export function importedMessage(outcome: ImportOutcome): string {
  const { added, updated, unchanged } = outcome;
  const parts = [
    added.length > 0 ? `Imported ${authIds(added.length)}.` : '',
    updated.length > 0 ? `Added destinations or account names to ${authIds(updated.length)} already here.` : '',
    unchanged > 0 ? `${unchanged === 1 ? '1 AuthID was' : `${unchanged} AuthIDs were`} already here and left as ${unchanged === 1 ? 'it is' : 'they are'}.` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'Nothing was chosen, so nothing changed.' : parts.join(' ');
}

function authIds(n: number): string {
  return `${n} AuthID${n === 1 ? '' : 's'}`;
}
