/**
 * Lint for what a backend needs from its options, as it reads them (exact names): required
 * options, values it cannot use, options given twice, and pCloud's API host.
 */
import type { DestinationUrlReading } from '../duplicati-reading';
import { describeBadOptionValue, type BackendSpec } from '../providers';
import type { LintFinding } from './lint-finding';
import type { RawUrl } from './raw-url-parts';

const REQUIRED: Readonly<Record<string, { readonly fix: string; readonly options: readonly string[] }>> = {
  SharePointMissingSiteId: { fix: 'Add &site-id=… (the site\'s ID), or fill it in when building the URL in this app.', options: ['site-id'] },
  MicrosoftGroupMissingGroupIdAndEmailAddress: {
    fix: 'Add &group-email=… or &group-id=…, or fill one in when building the URL in this app.',
    options: ['group-email', 'group-id'],
  },
};

/** `misspelled`: options the URL spells in another case; the case finding covers them. */
export function lintBackendOptions(reading: DestinationUrlReading, backend: BackendSpec, misspelled: ReadonlySet<string>): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const refusal of reading.optionRefusals) {
    const required = REQUIRED[refusal.code];
    if (required?.options.some((name) => misspelled.has(name)) === true) continue;
    const fix = required?.fix;
    if (fix !== undefined) findings.push({ code: 'missing-required-option', severity: 'error', message: refusal.message, fix });
    else if (refusal.code !== 'MissingAuthID' && refusal.code !== 'NoBucket') {
      findings.push({ code: 'invalid-option-value', severity: 'error', message: refusal.message, fix: 'Correct the option\'s value.' });
    }
  }
  for (const spec of backend.options) {
    const value = Object.hasOwn(reading.options, spec.name) ? reading.options[spec.name] : undefined;
    const reason = value === undefined || value === '' ? null : describeBadOptionValue(spec, value);
    if (reason !== null) findings.push({ code: 'invalid-option-value', severity: 'warning', message: `The ${spec.name} value ${reason}.`, fix: `Correct ${spec.label} (${spec.name}).` });
  }
  for (const parameter of reading.parts?.queryParameters ?? []) {
    if (parameter.values.length < 2 || parameter.key.toLowerCase() === 'authid') continue;
    findings.push({
      code: 'duplicate-option',
      severity: parameter.key.toLowerCase() === 'oauth-url' ? 'error' : 'warning',
      message: `The option ${parameter.key.slice(0, 64)} appears ${parameter.values.length} times; Duplicati joins the values with a comma.`,
      fix: 'Keep one of them.',
    });
  }
  return findings;
}

/** pCloud: the first part is the API host; the ones Duplicati knows, in which case and with what port. */
export function lintPcloudHost(raw: RawUrl, reading: DestinationUrlReading): LintFinding[] {
  const written = raw.location.text.split('/')[0] ?? '';
  if (reading.error?.code === 'InvalidpCloudServerSpecified' || reading.error?.code === 'ArgumentException: NoHostname') {
    return [{
      code: 'pcloud-host',
      severity: 'error',
      message: `A pCloud URL starts with its API host, as in pcloud://eapi.pcloud.com/Backups; this one ${written === '' ? 'has none' : 'starts with something else'}.`,
      fix: 'Put api.pcloud.com (United States) or eapi.pcloud.com (Europe) right after pcloud://, then the folder.',
    }];
  }
  const findings: LintFinding[] = [];
  const colon = written.indexOf(':');
  const host = colon < 0 ? written : written.slice(0, colon);
  if (host !== host.toLowerCase()) {
    findings.push({
      code: 'pcloud-host-case',
      severity: 'warning',
      message: 'The pCloud API host has capital letters. Duplicati 2.3.0.109 canary and later accept that, but 2.3 stable and older refuse the URL.',
      fix: `Write it as ${host.toLowerCase()}.`,
      apply: { label: 'Write the host in lower case', edits: [{ start: raw.location.start, end: raw.location.start + host.length, text: host.toLowerCase() }] },
    });
  }
  if (colon >= 0) {
    findings.push({
      code: 'pcloud-port',
      severity: 'info',
      message: 'Duplicati ignores the port after the pCloud API host; it always uses pCloud\'s own.',
      fix: 'Remove the port.',
      apply: { label: 'Remove the port', edits: [{ start: raw.location.start + colon, end: raw.location.start + written.length, text: '' }] },
    });
  }
  if (reading.error?.code === 'ArgumentException: UriHasFragment') {
    const edits = [...raw.trimmed.text.matchAll(/#/g)].map((m) => ({ start: raw.trimmed.start + (m.index ?? 0), end: raw.trimmed.start + (m.index ?? 0) + 1, text: '%23' }));
    findings.push({
      code: 'pcloud-fragment',
      severity: 'error',
      message: 'Duplicati refuses a pCloud URL with a raw "#" in it (2.3.0.109 canary and later read it as the start of a fragment).',
      fix: 'Write # as %23.',
      apply: { label: 'Write # as %23', edits },
    });
  }
  return findings;
}
