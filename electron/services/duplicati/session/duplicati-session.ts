/**
 * A signed-in session with Duplicati 2.1+: a short-lived Bearer token, renewed before it runs out
 * with the refresh cookie (and, on 2.1.2+, the nonce the last answer gave). Duplicati rotates the
 * cookie on every refresh and kills the whole token family when an old one is replayed, so a
 * refresh never runs twice at once and every new cookie is handed to `onRotated` to be kept.
 * The password is used once, in `signIn` — and again only if the user asked to remember it.
 */
import { z } from 'zod';
import { failure, hostOf, notDuplicati, signInAgain, tooOld, type DuplicatiFailure } from '../failures';
import { jsonOf, send, type ApiReply, type ApiRequest, type HttpSettings } from '../http/duplicati-http';
import { accessTokenExpiry } from './access-token';
import { cookieHeader, refreshCookieFrom, type RefreshCookie } from './refresh-cookie';
import type { Clock } from '../../time';

/** What must be kept to come back without the password: the refresh cookie and the nonce. */
export interface SessionSecrets {
  readonly cookie: RefreshCookie;
  readonly nonce?: string;
}

export interface SessionDeps {
  readonly baseUrl: string;
  readonly http: HttpSettings;
  readonly clock: Pick<Clock, 'now'>;
  readonly onRotated: (secrets: SessionSecrets) => void;
  /** The remembered password, if the user asked for that: used to sign in again when Duplicati ends the sign-in. */
  readonly keptPassword?: () => Promise<string | undefined>;
}

export type SessionResult = { readonly ok: true; readonly session: DuplicatiSession } | { readonly ok: false; readonly failure: DuplicatiFailure };

/** Renew this long before the access token runs out. */
const RENEW_BEFORE_MS = 60_000;
const tokenAnswer = z.object({ AccessToken: z.string().min(1), RefreshNonce: z.string().min(1).nullish() });

export async function signIn(password: string, deps: SessionDeps): Promise<SessionResult> {
  const reply = await login(password, deps);
  if (!reply.ok) return reply;
  const { answer } = reply;
  if (answer.status === 401) {
    return isOldServerRefusal(answer.headers, jsonOf(answer))
      ? { ok: false, failure: tooOld(deps.baseUrl) }
      : {
          ok: false,
          failure: failure('wrong-password', `Duplicati at ${hostOf(deps.baseUrl)} did not accept that password. Use the password of Duplicati's web interface (Duplicati → Settings → Access to user interface).`),
        };
  }
  if (answer.status === 404) return { ok: false, failure: tooOld(deps.baseUrl) };
  const tokens = tokensFrom(reply, deps);
  return tokens.ok ? { ok: true, session: new DuplicatiSession(deps, tokens.access, tokens.secrets) } : tokens;
}

/** Comes back with kept secrets: one refresh, which also proves the family is still alive. */
export async function resume(secrets: SessionSecrets, deps: SessionDeps): Promise<SessionResult> {
  const session = new DuplicatiSession(deps, { token: '', expiresAt: 0 }, secrets);
  const renewed = await session.renew();
  return renewed === undefined ? { ok: true, session } : { ok: false, failure: renewed };
}

function login(password: string, deps: SessionDeps): Promise<ApiReply> {
  return send(deps.baseUrl, { method: 'POST', path: '/api/v1/auth/login', json: { Password: password, RememberMe: true } }, deps.http);
}

type Tokens = { readonly ok: true; readonly access: AccessToken; readonly secrets: SessionSecrets } | { readonly ok: false; readonly failure: DuplicatiFailure };

interface AccessToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** A login or refresh answer: the access token in the body, the rotated refresh cookie in Set-Cookie. */
function tokensFrom(reply: ApiReply & { ok: true }, deps: SessionDeps): Tokens {
  if (reply.answer.status === 403) return { ok: false, failure: refusedHost(deps.baseUrl) };
  const parsed = tokenAnswer.safeParse(jsonOf(reply.answer));
  const cookie = refreshCookieFrom(reply.answer.headers);
  if (reply.answer.status !== 200 || !parsed.success || cookie === undefined) return { ok: false, failure: notDuplicati(deps.baseUrl) };
  const secrets = { cookie, ...(parsed.data.RefreshNonce ? { nonce: parsed.data.RefreshNonce } : {}) };
  deps.onRotated(secrets);
  const token = parsed.data.AccessToken;
  return { ok: true, access: { token, expiresAt: accessTokenExpiry(token, deps.clock.now()) }, secrets };
}

export class DuplicatiSession {
  private renewing: Promise<DuplicatiFailure | undefined> | undefined;
  private endedWith: DuplicatiFailure | undefined;

  constructor(
    private readonly deps: SessionDeps,
    private access: AccessToken,
    private secrets: SessionSecrets,
  ) {}

  get baseUrl(): string {
    return this.deps.baseUrl;
  }

  /** Set once Duplicati has ended the sign-in; every later call fails with it. */
  get ended(): DuplicatiFailure | undefined {
    return this.endedWith;
  }

  /** An API call with a valid token: renewed first when close to running out, and once more after a 401. */
  async call(request: Omit<ApiRequest, 'bearer' | 'cookie'>): Promise<ApiReply> {
    if (this.endedWith !== undefined) return { ok: false, failure: this.endedWith };
    if (this.deps.clock.now() >= this.access.expiresAt - RENEW_BEFORE_MS) {
      const renewed = await this.renew();
      if (renewed !== undefined) return { ok: false, failure: renewed };
    }
    const first = await this.send(request);
    if (!first.ok || first.answer.status !== 401) return checked(first, this.deps.baseUrl);
    const renewed = await this.renew();
    if (renewed !== undefined) return { ok: false, failure: renewed };
    const second = await this.send(request);
    if (second.ok && second.answer.status === 401) return { ok: false, failure: this.end() };
    return checked(second, this.deps.baseUrl);
  }

  /** One refresh at a time: a second caller waits for the first instead of spending the cookie again. */
  renew(): Promise<DuplicatiFailure | undefined> {
    this.renewing ??= this.refreshOnce().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  /** Ends the token family at Duplicati; best effort (a server that is gone has ended it anyway). */
  async signOut(): Promise<void> {
    if (this.endedWith !== undefined) return;
    this.end();
    await send(this.deps.baseUrl, { method: 'POST', path: '/api/v1/auth/refresh/logout', json: { Nonce: this.secrets.nonce ?? '' }, cookie: cookieHeader(this.secrets.cookie) }, this.deps.http);
  }

  private send(request: Omit<ApiRequest, 'bearer' | 'cookie'>): Promise<ApiReply> {
    return send(this.deps.baseUrl, { ...request, bearer: this.access.token }, this.deps.http);
  }

  private async refreshOnce(): Promise<DuplicatiFailure | undefined> {
    if (this.endedWith !== undefined) return this.endedWith;
    const reply = await send(
      this.deps.baseUrl,
      { method: 'POST', path: '/api/v1/auth/refresh', json: { Nonce: this.secrets.nonce ?? '' }, cookie: cookieHeader(this.secrets.cookie) },
      this.deps.http,
    );
    if (!reply.ok) return reply.failure;
    if (reply.answer.status === 401) return (await this.signInAgain()) ? undefined : this.end();
    return this.take(tokensFrom(reply, this.deps));
  }

  /** With a remembered password only: a fresh sign-in (a new token family) in place of the ended one. */
  private async signInAgain(): Promise<boolean> {
    const password = await this.deps.keptPassword?.();
    if (password === undefined) return false;
    const reply = await login(password, this.deps);
    return reply.ok && reply.answer.status === 200 && this.take(tokensFrom(reply, this.deps)) === undefined;
  }

  private take(tokens: Tokens): DuplicatiFailure | undefined {
    if (!tokens.ok) return tokens.failure;
    this.access = tokens.access;
    this.secrets = tokens.secrets;
    return undefined;
  }

  private end(): DuplicatiFailure {
    this.endedWith ??= signInAgain(this.deps.baseUrl);
    return this.endedWith;
  }
}

function checked(reply: ApiReply, baseUrl: string): ApiReply {
  return reply.ok && reply.answer.status === 403 ? { ok: false, failure: refusedHost(baseUrl) } : reply;
}

function refusedHost(baseUrl: string): DuplicatiFailure {
  return failure(
    'refused',
    `Duplicati at ${hostOf(baseUrl)} refused the request. If you reach Duplicati by a name other than 127.0.0.1 or localhost, add that name to Duplicati's --webservice-allowed-hostnames option.`,
  );
}

/** Duplicati 2.0 answers API calls without its cookie session with a bare 401 "Not logged in" and an XSRF cookie. */
function isOldServerRefusal(headers: Headers, body: unknown): boolean {
  const hasJsonError = typeof body === 'object' && body !== null && 'Error' in body;
  return !hasJsonError && headers.getSetCookie().some((line) => line.toLowerCase().startsWith('xsrf-token='));
}
