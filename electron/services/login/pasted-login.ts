/**
 * The manual path: a pasted AuthID or Duplicati connection URL, judged by the core's parser and
 * lint, turned into a view for the screen (secrets masked) and, when nothing stands in the way,
 * what to save.
 */
import { maskAuthId, parseAuthId, type AuthIdKind, type AuthIdParseResult } from '../authids';
import { lintConnectionUrl, maskConnectionUrl, parseConnectionUrl, type LintFindingView } from '../connection-urls';
import { BACKENDS, isPcloudHost, type BackendId, type PcloudHost, type ProviderId } from '../providers';
import { isSecretReference } from '../duplicati-reading';
import type { AuthIdServer } from '../servers';
import type { PasteAnalysis } from './paste-analysis';
import { pasteQuestions, suggestedServer } from './paste-questions';

export interface PastedLoginContext {
  /** The provider the user picked, when the text alone cannot tell (a v1 AuthID, a bare access token). */
  readonly provider?: ProviderId;
  /** The server a bare AuthID came from; default: the one Duplicati uses for that provider. */
  readonly server?: AuthIdServer;
  /** pCloud: the region host the user chose (a bare token does not say). */
  readonly region?: PcloudHost;
  /** The app's configured servers, so a URL's `oauth-url` gets the right flavour and a bare AuthID a suggested server. */
  readonly knownServers?: readonly AuthIdServer[];
}

/** What the caller stores; present only when `view.canSave`. */
export interface PastedLoginToSave {
  readonly authId: string;
  readonly kind: AuthIdKind;
  readonly provider: ProviderId;
  readonly serverBaseUrl: string;
  /** pCloud: the region host from the URL's path. */
  readonly region?: string;
  /** From a connection URL: its folder and options, to save as a destination. */
  readonly destination?: { readonly path: string; readonly options: Readonly<Record<string, string>> };
}

export interface PastedLogin {
  readonly view: PasteAnalysis;
  readonly save?: PastedLoginToSave;
}

/** The server's message stands where an AuthID should; pasting it again cannot help. */
const PSEUDO_AUTHID_FIX = "Remove the app's access on the provider's page, then authorize again to get a real AuthID.";

const LOOKS_LIKE_URL = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

export function analyzePastedLogin(text: string, context: PastedLoginContext = {}): PastedLogin {
  return LOOKS_LIKE_URL.test(text) ? analyzeUrl(text, context) : analyzeAuthId(text, context);
}

function analyzeUrl(text: string, context: PastedLoginContext): PastedLogin {
  const known = context.knownServers === undefined ? {} : { knownServers: context.knownServers };
  const findings: LintFindingView[] = lintConnectionUrl(text, known);
  const parsed = parseConnectionUrl(text, known);
  const maskedUrl = maskConnectionUrl(text.trim());
  if (!parsed.ok) {
    return { view: { kind: 'connection-url', maskedUrl, findings: withError(findings, 'not-a-url', parsed.message), canSave: false } };
  }
  const authId = parsed.authId ?? '';
  if (isSecretReference(authId)) {
    const all = withError(findings, 'cannot-save-reference', 'The URL names its AuthID through a secret provider, so it does not contain the AuthID this app would keep alive.', 'Paste the AuthID itself, or a URL that contains it.');
    return { view: { kind: 'connection-url', provider: parsed.provider, maskedUrl, path: parsed.path, findings: all, canSave: false } };
  }
  const checked = parseAuthId(authId, parsed.provider);
  const all = checked.ok ? findings : withError(findings, `authid-${checked.problem}`, checked.message);
  const { shown, kept } = destinationOptions(parsed.backend, parsed.options);
  const view: PasteAnalysis = {
    kind: 'connection-url',
    provider: parsed.provider,
    maskedUrl,
    ...(authId === '' ? {} : { masked: maskAuthId(authId) }),
    path: parsed.path,
    options: shown,
    serverBaseUrl: parsed.server.baseUrl,
    findings: all,
    canSave: canSave(all),
  };
  if (!view.canSave || !checked.ok) return { view };
  const region = parsed.host !== undefined && isPcloudHost(parsed.host) ? parsed.host : undefined;
  return {
    view,
    save: {
      authId: checked.value,
      kind: checked.kind,
      provider: parsed.provider,
      serverBaseUrl: parsed.server.baseUrl,
      ...(region === undefined ? {} : { region }),
      destination: { path: parsed.path, options: kept },
    },
  };
}

/** Secret options (a service account key) are masked on screen and never kept with the destination. */
function destinationOptions(backend: BackendId, options: Readonly<Record<string, string>>) {
  const secret = (name: string) => BACKENDS[backend].options.some((o) => o.name === name && o.secret === true);
  const entries = Object.entries(options);
  return {
    shown: Object.fromEntries(entries.map(([name, value]) => [name, secret(name) ? '••••••' : value])),
    kept: Object.fromEntries(entries.filter(([name]) => !secret(name))),
  };
}

function analyzeAuthId(text: string, context: PastedLoginContext): PastedLogin {
  const checked = parseBareAuthId(text, context.provider);
  if (!checked.ok) {
    const fix = checked.problem === 'server-pseudo-authid' ? PSEUDO_AUTHID_FIX : undefined;
    return { view: { kind: 'invalid', findings: withError([], `authid-${checked.problem}`, checked.message, fix), canSave: false } };
  }
  const provider = context.provider ?? checked.providerHint;
  const masked = maskAuthId(checked.value);
  const questions = pasteQuestions(checked, provider);
  if (provider === undefined) {
    const findings = withError([], 'provider-unknown', 'This AuthID does not say which provider it belongs to.', 'Choose the provider you logged in to, below.');
    return { view: { kind: 'authid', masked, questions, findings, canSave: false } };
  }
  const server = context.server ?? suggestedServer(checked, provider, context.knownServers ?? []);
  const region = provider === 'pcloud' ? context.region : undefined;
  const missing = [
    ...(server === undefined ? [missingChoice('server-unknown', "This AuthID's shape does not match one of your AuthID servers for this provider.", 'Choose the AuthID server that issued it, below; add it in Settings first if it is not listed.')] : []),
    ...(provider === 'pcloud' && region === undefined ? [missingChoice('region-unknown', 'A pCloud token works only with its own region, and the token does not say which.', 'Choose the region your pCloud account is in, below.')] : []),
  ];
  const view: PasteAnalysis = {
    kind: 'authid',
    provider,
    masked,
    questions,
    ...(server === undefined ? {} : { serverBaseUrl: server.baseUrl }),
    ...(region === undefined ? {} : { region }),
    findings: missing,
    canSave: missing.length === 0,
  };
  if (server === undefined || missing.length > 0) return { view };
  return { view, save: { authId: checked.value, kind: checked.kind, provider, serverBaseUrl: server.baseUrl, ...(region === undefined ? {} : { region }) } };
}

/** A colon-less token is an access token until a provider is chosen that says otherwise. */
function parseBareAuthId(text: string, provider: ProviderId | undefined): AuthIdParseResult {
  const checked = parseAuthId(text, provider);
  if (checked.ok || checked.problem !== 'missing-colon' || provider !== undefined) return checked;
  const asToken = parseAuthId(text, 'pcloud');
  return asToken.ok ? asToken : checked;
}

function missingChoice(code: string, message: string, fix: string): LintFindingView {
  return { code, severity: 'error', message, fix };
}

/** Adds an error unless lint already reported one (lint's wording is the more specific). */
function withError(findings: readonly LintFindingView[], code: string, message: string, fix = 'Correct it and paste again.'): LintFindingView[] {
  return canSave(findings) ? [...findings, { code, severity: 'error', message, fix }] : [...findings];
}

function canSave(findings: readonly LintFindingView[]): boolean {
  return findings.every((f) => f.severity !== 'error');
}
