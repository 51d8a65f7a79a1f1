/**
 * Checks a Duplicati destination URL for the mistakes that break logins, and says how to fix
 * each. Findings never quote the AuthID. Never throws.
 */
import { BACKEND_IDS, backendForScheme, type BackendSpec } from '../providers/duplicati-backends';
import { describeBadOptionValue } from '../providers/option-spec';
import { lintAuthIdParams } from './authid-param-lint';
import { lintPcloudHost, lintRequiredOptions } from './backend-lint';
import type { LintFinding } from './lint-finding';
import { readOauthUrl } from './oauth-url';
import { decodePathSegments, splitRawUrl, type RawQueryParam } from './raw-url-parts';

export type { LintFinding } from './lint-finding';

export function lintConnectionUrl(url: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const trimmed = url.trim();
  if (trimmed !== url && trimmed !== '') {
    findings.push({
      code: 'surrounding-whitespace',
      severity: 'warning',
      message: 'The URL has spaces or line breaks around it; Duplicati does not accept them.',
      fix: 'Remove everything before the scheme and after the last option.',
    });
  }
  const raw = splitRawUrl(trimmed);
  if (raw === null) {
    return [{
      code: 'not-a-url',
      severity: 'error',
      message: 'This is not a Duplicati destination URL.',
      fix: 'Paste a URL like onedrivev2://Backups/Laptop?authid=…, or paste the AuthID on its own.',
    }];
  }
  const backend = backendForScheme(raw.scheme);
  if (backend === undefined) return [...findings, unknownScheme(raw.scheme)];

  findings.push(...lintAuthIdParams(raw.params, backend));
  findings.push(...lintRequiredOptions(raw.params, backend));
  findings.push(...lintOptionValues(raw.params, backend));
  findings.push(...lintRepeatedOptions(raw.params));
  if (backend.host !== undefined) findings.push(...lintPcloudHost(decodePathSegments(raw.rawPath)[0] ?? ''));
  findings.push(...lintOauthUrl(raw.params, backend));
  return findings;
}

function unknownScheme(scheme: string): LintFinding {
  if (scheme.toLowerCase() === 'onedrive') {
    return {
      code: 'legacy-backend',
      severity: 'error',
      message: 'onedrive:// is the old OneDrive destination, which Duplicati removed.',
      fix: 'Log in with Microsoft OneDrive and use an onedrivev2:// URL.',
    };
  }
  return {
    code: 'unknown-scheme',
    severity: 'error',
    message: `"${scheme.slice(0, 24)}://" is not a destination that uses an AuthID. Known ones: ${BACKEND_IDS.join(', ')}.`,
    fix: 'Check the part before :// and correct its spelling.',
  };
}

function lintOptionValues(params: readonly RawQueryParam[], backend: BackendSpec): LintFinding[] {
  return params.flatMap((p) => {
    const spec = backend.options.find((o) => o.name === p.name);
    const reason = spec === undefined ? null : describeBadOptionValue(spec, p.value);
    if (spec === undefined || reason === null) return [];
    return [{
      code: 'invalid-option-value' as const,
      severity: 'warning' as const,
      message: `The ${spec.name} value ${reason}.`,
      fix: `Correct ${spec.label} (${spec.name}).`,
    }];
  });
}

function lintRepeatedOptions(params: readonly RawQueryParam[]): LintFinding[] {
  const counts = new Map<string, number>();
  for (const p of params) if (p.name !== 'authid') counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([name]) => ({
    code: 'duplicate-option' as const,
    severity: name === 'oauth-url' ? ('error' as const) : ('warning' as const),
    message: `The option ${name.slice(0, 64)} appears more than once; Duplicati joins the values with a comma.`,
    fix: 'Keep one of them.',
  }));
}

function lintOauthUrl(params: readonly RawQueryParam[], backend: BackendSpec): LintFinding[] {
  const param = params.find((p) => p.name === 'oauth-url');
  if (param === undefined) return [];
  if (!backend.takesOauthUrl) {
    return [{
      code: 'oauth-url-on-pcloud',
      severity: 'warning',
      message: 'pCloud never asks an AuthID server for a token, so Duplicati ignores oauth-url here.',
      fix: 'Remove the oauth-url option.',
    }];
  }
  const reading = readOauthUrl(param.value);
  if (!reading.ok) {
    return [{
      code: 'oauth-url-invalid',
      severity: 'error',
      message: 'The oauth-url option is not a valid http or https address, so Duplicati cannot refresh the AuthID.',
      fix: 'Set oauth-url to your AuthID server\'s refresh address, e.g. https://oauth.example.com/refresh, percent-encoded.',
    }];
  }
  const findings: LintFinding[] = [];
  if (!reading.endsInRefresh) {
    findings.push({
      code: 'oauth-url-not-refresh',
      severity: 'error',
      message: 'oauth-url must be the server\'s full refresh address; Duplicati calls it exactly as written.',
      fix: `Use ${reading.server.baseUrl}/refresh.`,
    });
  }
  if (reading.insecure) {
    findings.push({
      code: 'oauth-url-insecure',
      severity: 'warning',
      message: 'oauth-url uses plain http, so the AuthID travels unencrypted to that server.',
      fix: 'Use the server\'s https address.',
    });
  }
  return findings;
}
