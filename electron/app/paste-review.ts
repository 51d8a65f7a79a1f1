/**
 * What the app adds to the core's reading of a pasted URL before showing or saving it: whether
 * the server it names may receive the AuthID (asking the user first when it may be added), and
 * the secret options it carries, which are masked on screen and never saved.
 */
import type { LintFindingView, PasteAnalysisView, UntrustedServerView } from '../ipc/views';
import type { PastedLogin, PastedLoginToSave } from '../services/login';
import { MASKED_OPTION_VALUE, maskSecretOptionsInUrl, secretOptionNames, withoutSecretOptions } from '../services/secret-options';
import { mayReceiveAuthId, type AuthIdServer } from '../services/servers';

/** Where an AuthID of this server may not go, as the window shows it; undefined when it may. */
export function untrustedServerView(baseUrl: string, servers: readonly AuthIdServer[]): UntrustedServerView | undefined {
  const decision = mayReceiveAuthId(baseUrl, servers);
  if (decision.allowed) return undefined;
  return { baseUrl: decision.baseUrl, host: decision.host, canTrust: decision.canTrust, message: decision.message };
}

export interface ReviewedPaste {
  readonly view: PasteAnalysisView;
  readonly save?: PastedLoginToSave;
}

export function reviewPaste(pasted: PastedLogin, servers: readonly AuthIdServer[]): ReviewedPaste {
  const secrets = secretOptionNames(pasted.view.options ?? {});
  const untrusted = pasted.view.serverBaseUrl === undefined ? undefined : untrustedServerView(pasted.view.serverBaseUrl, servers);
  const findings: LintFindingView[] = [...pasted.view.findings];
  if (secrets.length > 0) findings.push(secretOptionsFinding(secrets));
  if (untrusted !== undefined && !untrusted.canTrust) {
    findings.push({ code: 'server-not-allowed', severity: 'error', message: untrusted.message, fix: "Change oauth-url to the server's https:// refresh address." });
  }
  const view: PasteAnalysisView = {
    ...pasted.view,
    ...(pasted.view.maskedUrl === undefined ? {} : { maskedUrl: maskSecretOptionsInUrl(pasted.view.maskedUrl) }),
    ...(pasted.view.options === undefined ? {} : { options: masked(pasted.view.options, secrets) }),
    ...(untrusted === undefined ? {} : { untrustedServer: untrusted }),
    findings,
    canSave: pasted.view.canSave && untrusted?.canTrust !== false,
  };
  const { save } = pasted;
  if (save === undefined || !view.canSave) return { view };
  const destination = save.destination && { ...save.destination, options: withoutSecretOptions(save.destination.options) };
  return { view, save: { ...save, ...(destination === undefined ? {} : { destination }) } };
}

function secretOptionsFinding(names: readonly string[]): LintFindingView {
  const one = names.length === 1;
  return {
    code: 'secret-options-not-kept',
    severity: 'warning',
    message: `The URL also carries ${names.join(', ')}, which ${one ? 'looks' : 'look'} like a password or key. AuthID Manager shows ${one ? 'it' : 'them'} masked and does not keep ${one ? 'it' : 'them'}.`,
    fix: `Set ${one ? 'it' : 'them'} in Duplicati itself (or as a secret-provider reference such as $name); the saved destination leaves ${one ? 'it' : 'them'} out.`,
  };
}

function masked(options: Readonly<Record<string, string>>, secrets: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(options).map(([name, value]) => [name, secrets.includes(name) ? MASKED_OPTION_VALUE : value]));
}
