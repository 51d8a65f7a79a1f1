/**
 * Lint for the refresh server a URL names with `oauth-url`, which Duplicati calls exactly as
 * written: missing (then Duplicati's own setting decides), empty (the default), on pCloud
 * (ignored), invalid, not a refresh address, or plain http.
 */
import { DEFAULT_REFRESH_URL, duplicatiUrlDecode, type DestinationUrlReading } from '../duplicati-reading';
import type { BackendSpec } from '../providers';
import type { AuthIdServer } from '../servers';
import type { LintFinding } from './lint-finding';
import { readOauthUrl } from './oauth-url';
import { removePair } from './query-pair-edits';
import type { RawUrl } from './raw-url-parts';

const ENCODED_DEFAULT = encodeURIComponent(DEFAULT_REFRESH_URL);

export function lintOauthUrl(raw: RawUrl, reading: DestinationUrlReading, backend: BackendSpec, known: readonly AuthIdServer[]): LintFinding[] {
  const pairs = raw.pairs.filter((pair) => duplicatiUrlDecode(pair.key.text, 'code-unit') === 'oauth-url');
  if (!backend.takesOauthUrl) {
    if (pairs.length === 0) return [];
    return [{
      code: 'oauth-url-on-pcloud',
      severity: 'warning',
      message: 'pCloud never asks an AuthID server for a token, so Duplicati ignores oauth-url here.',
      fix: 'Remove the oauth-url option.',
      apply: { label: 'Remove oauth-url', edits: pairs.map((pair) => removePair(raw.text, pair)) },
    }];
  }
  if (pairs.length === 0) return [missing(raw)];
  if (reading.refreshUrl.from !== 'url') {
    const [pair] = pairs;
    const at = pair?.value ?? pair?.key;
    const edit = pair?.value === null || pair?.value === undefined ? { start: at?.end ?? 0, end: at?.end ?? 0, text: `=${ENCODED_DEFAULT}` } : { start: at?.start ?? 0, end: at?.end ?? 0, text: ENCODED_DEFAULT };
    return [{
      code: 'oauth-url-empty',
      severity: 'info',
      message: `An empty oauth-url means Duplicati's default server (${DEFAULT_REFRESH_URL}); it also overrides an --oauth-url set for the backup.`,
      fix: 'Name the server explicitly, so the URL means the same on every Duplicati.',
      apply: { label: 'Name the default server', edits: [edit] },
    }];
  }
  const reading2 = readOauthUrl(reading.refreshUrl.url, known);
  if (!reading2.ok) {
    return [{
      code: 'oauth-url-invalid',
      severity: 'error',
      message: 'The oauth-url option is not a valid http or https address, so Duplicati cannot refresh the AuthID.',
      fix: "Set oauth-url to your AuthID server's refresh address, e.g. https://oauth.example.com/refresh, percent-encoded.",
    }];
  }
  const findings: LintFinding[] = [];
  if (!reading2.endsInRefresh) {
    findings.push({
      code: 'oauth-url-not-refresh',
      severity: 'error',
      message: "oauth-url must be the server's full refresh address; Duplicati calls it exactly as written.",
      fix: `Use ${reading2.server.baseUrl}/refresh.`,
    });
  }
  if (reading2.insecure) {
    findings.push({
      code: 'oauth-url-insecure',
      severity: 'warning',
      message: 'oauth-url uses plain http, so the AuthID travels unencrypted to that server.',
      fix: "Use the server's https address.",
    });
  }
  return findings;
}

function missing(raw: RawUrl): LintFinding {
  const end = raw.trimmed.end;
  const text = raw.queryStart === null ? `?oauth-url=${ENCODED_DEFAULT}` : `${raw.text[end - 1] === '&' || raw.queryStart === end ? '' : '&'}oauth-url=${ENCODED_DEFAULT}`;
  return {
    code: 'oauth-url-missing',
    severity: 'info',
    message:
      "The URL does not name its AuthID server (oauth-url), so Duplicati sends the AuthID to whatever server it is set to: the hosted default unless a --oauth-url setting or DUPLICATI_OAUTH_SERVICE says otherwise.",
    fix: 'Name the server in the URL; URLs this app builds always do.',
    apply: { label: "Name Duplicati's default server", edits: [{ start: end, end, text }] },
  };
}
