/**
 * Reads the AuthIDs out of a Duplicati backup configuration export: the JSON its "Export … To
 * file" writes (`{CreatedByVersion, Schedule, Backup, DisplayNames}`, PascalCase, from
 * Newtonsoft.Json), or a list of them as in a backup's stored `task-setup.json`. Each target URL
 * is read as Duplicati's backend would: the URL's query first, then the backup's advanced options
 * (`--authid` over `authid`). Exported without passwords, Duplicati drops `authid` from both.
 */
import { z } from 'zod';
import { parseConnectionUrl, splitRawUrl } from '../connection-urls';
import { duplicatiUrlDecode } from '../duplicati-reading';
import { analyzePastedLogin } from '../login';
import { backendForScheme, type BackendSpec } from '../providers';
import type { AuthIdServer } from '../servers';
import type { ImportCandidate, SkippedEntry } from './import-candidate';

const settingSchema = z.object({ Name: z.string(), Value: z.string().nullish() });
const backupSchema = z.object({
  Name: z.string().nullish(),
  TargetURL: z.string().nullish(),
  Settings: z.array(settingSchema).nullish(),
  AdditionalTargetURLs: z.array(z.object({ TargetUrl: z.string().nullish() })).nullish(),
});
const structureSchema = z.object({ Backup: backupSchema });
const duplicatiExportSchema = z.union([structureSchema, z.array(structureSchema).min(1).max(10_000)]);

type Setting = z.output<typeof settingSchema>;

/** What Duplicati writes in place of a password when it shows a backup (never in a real export). */
const PASSWORD_PLACEHOLDER = '***************';

const LEFT_OUT =
  'Duplicati left its AuthID out: the backup was exported without passwords. In Duplicati, export it again with "Export passwords" ticked, import that file, then delete it.';

export interface DuplicatiReading {
  readonly candidates: readonly ImportCandidate[];
  readonly skipped: readonly SkippedEntry[];
}

/** Undefined when the value is not a Duplicati export at all. */
export function readDuplicatiExport(value: unknown, knownServers: readonly AuthIdServer[]): DuplicatiReading | undefined {
  const parsed = duplicatiExportSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const structures = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedEntry[] = [];
  for (const { Backup: backup } of structures) {
    const name = backup.Name?.trim().slice(0, 200) || 'Duplicati backup';
    const targets = [backup.TargetURL, ...(backup.AdditionalTargetURLs ?? []).map((t) => t.TargetUrl)].filter(
      (t): t is string => typeof t === 'string' && t.trim() !== '',
    );
    targets.forEach((target, index) => {
      const destinationName = index === 0 ? name : `${name} (destination ${index + 1})`;
      const read = readTarget(target, backup.Settings ?? [], name, destinationName, knownServers);
      if ('reason' in read) skipped.push(read);
      else candidates.push(read);
    });
  }
  return { candidates, skipped };
}

function readTarget(
  target: string,
  settings: readonly Setting[],
  label: string,
  destinationName: string,
  knownServers: readonly AuthIdServer[],
): ImportCandidate | SkippedEntry {
  const raw = splitRawUrl(target.trim());
  const backend = raw === null ? undefined : backendForScheme(raw.scheme.text);
  if (raw === null || backend === undefined) {
    return { name: destinationName, reason: `Its destination${raw === null ? '' : ` (${raw.scheme.text}://)`} does not use an AuthID.` };
  }
  const url = withAdvancedOptions(target.trim(), raw.pairs.map((pair) => duplicatiUrlDecode(pair.key.text, 'code-unit')), backend, settings);
  const parsed = parseConnectionUrl(url, { knownServers });
  const authId = parsed.ok ? parsed.authId : undefined;
  if (authId === undefined || authId === '' || authId === PASSWORD_PLACEHOLDER) return { name: destinationName, reason: LEFT_OUT };
  if (authId.startsWith('$')) {
    return { name: destinationName, reason: 'Its AuthID is a reference to a secret provider, which only Duplicati can look up.' };
  }
  const { view, save } = analyzePastedLogin(url, { knownServers });
  if (save === undefined) {
    const problem = view.findings.find((f) => f.severity === 'error');
    return { name: destinationName, reason: problem?.message ?? 'Its destination URL cannot be read.' };
  }
  return {
    label,
    provider: save.provider,
    serverBaseUrl: save.serverBaseUrl,
    kind: save.kind,
    authId: save.authId,
    ...(save.region === undefined ? {} : { region: save.region }),
    destinations: save.destination === undefined ? [] : [{ name: destinationName, ...save.destination }],
  };
}

/**
 * The target URL with the backup's own `authid`, `oauth-url` and backend options appended where
 * the URL has none, so the saved destination carries everything Duplicati used.
 */
function withAdvancedOptions(url: string, present: readonly string[], backend: BackendSpec, settings: readonly Setting[]): string {
  const names = ['authid', ...(backend.takesOauthUrl ? ['oauth-url'] : []), ...backend.options.map((o) => o.name)];
  const added = names
    .filter((optionName) => !present.includes(optionName))
    .flatMap((optionName) => {
      const value = settingValue(settings, optionName);
      return value === undefined || value === '' ? [] : [`${encodeURIComponent(optionName)}=${encodeURIComponent(value)}`];
    });
  if (added.length === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${added.join('&')}`;
}

/** Duplicati applies plain settings first and `--` ones over them; backends read exact names. */
function settingValue(settings: readonly Setting[], optionName: string): string | undefined {
  const value = (name: string) => settings.findLast((s) => s.Name === name)?.Value ?? undefined;
  return value(`--${optionName}`) ?? value(optionName);
}
