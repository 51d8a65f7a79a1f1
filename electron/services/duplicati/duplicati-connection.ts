/**
 * The sign-in to the user's Duplicati and its state: connect with the password once, come back
 * after a restart with the kept refresh cookie, and when Duplicati ends the sign-in, either sign
 * in again with the remembered password (only if the user asked to remember it) or ask.
 */
import { serverVersion } from './api/duplicati-api';
import { DEFAULT_DUPLICATI_URL, duplicatiAddress } from './duplicati-address';
import { notConnected, tooOld, type DuplicatiFailure } from './failures';
import type { HttpSettings } from './http/duplicati-http';
import { resume, signIn, type DuplicatiSession, type SessionDeps, type SessionResult, type SessionSecrets } from './session/duplicati-session';
import { isSupportedVersion } from './session/server-version';
import type { DuplicatiStore } from './state/duplicati-store';
import type { DuplicatiConnectionView, DuplicatiResult } from './views/duplicati-views';
import type { Clock } from '../time';

export interface ConnectInput {
  /** Default http://127.0.0.1:8200. */
  readonly baseUrl?: string;
  readonly password: string;
  /** Keep the password (OS-encrypted) to sign in again by itself; off by default. */
  readonly rememberPassword?: boolean;
}

export interface ConnectionDeps {
  readonly store: DuplicatiStore;
  readonly http: HttpSettings;
  readonly clock: Pick<Clock, 'now'>;
  readonly changed: () => void;
}

type Live = { readonly session: DuplicatiSession; readonly version: string | undefined };

export class DuplicatiConnection {
  private live: Live | undefined;
  private view: DuplicatiConnectionView;

  constructor(private readonly deps: ConnectionDeps) {
    this.view = { state: 'not-connected', baseUrl: deps.store.baseUrl ?? DEFAULT_DUPLICATI_URL };
  }

  status(): DuplicatiConnectionView {
    return this.view;
  }

  get version(): string | undefined {
    return this.live?.version;
  }

  async connect(input: ConnectInput): Promise<DuplicatiResult<DuplicatiConnectionView>> {
    const address = duplicatiAddress(input.baseUrl ?? DEFAULT_DUPLICATI_URL);
    if (!address.ok) return this.fail(this.view.baseUrl, address.failure);
    await this.live?.session.signOut();
    await this.dropSession();
    this.set({ state: 'connecting', baseUrl: address.baseUrl });
    const opened = await this.open(address.baseUrl, () => signIn(input.password, this.sessionDeps(address.baseUrl)));
    if (!opened.ok) return opened;
    await this.deps.store.setBaseUrl(address.baseUrl);
    await this.deps.store.write('password', input.rememberPassword === true ? input.password : undefined);
    return { ok: true, value: this.connected() };
  }

  /** At start-up: the kept refresh cookie, else the remembered password; changes nothing in Duplicati. */
  async resume(): Promise<DuplicatiResult<DuplicatiConnectionView>> {
    const baseUrl = this.deps.store.baseUrl;
    if (baseUrl === undefined) return { ok: false, failure: notConnected() };
    const kept = await this.deps.store.read('session');
    const secrets = kept === undefined ? undefined : (JSON.parse(kept) as SessionSecrets);
    if (secrets !== undefined) {
      this.set({ state: 'connecting', baseUrl });
      const resumed = await this.open(baseUrl, () => resume(secrets, this.sessionDeps(baseUrl)));
      if (resumed.ok) return { ok: true, value: this.connected() };
      if (resumed.failure.kind !== 'sign-in-again') return resumed;
      await this.deps.store.write('session', undefined);
    }
    return this.signInWithKeptPassword(baseUrl);
  }

  /** The live session, signing in again with the remembered password if Duplicati ended it. */
  async session(): Promise<DuplicatiResult<Live>> {
    if (this.live !== undefined && this.live.session.ended === undefined) return { ok: true, value: this.live };
    const baseUrl = this.live?.session.baseUrl ?? this.deps.store.baseUrl;
    if (this.live !== undefined) await this.endedByDuplicati(this.live.session.ended);
    if (baseUrl === undefined || !this.deps.store.has('password')) {
      return { ok: false, failure: this.view.state === 'sign-in-again' ? this.view.failure : notConnected() };
    }
    const signedIn = await this.signInWithKeptPassword(baseUrl);
    return signedIn.ok && this.live !== undefined ? { ok: true, value: this.live } : { ok: false, failure: signedIn.ok ? notConnected() : signedIn.failure };
  }

  /** After an operation: if Duplicati ended the sign-in meanwhile, show "sign in again". */
  async noteEnded(): Promise<void> {
    if (this.live?.session.ended !== undefined) await this.endedByDuplicati(this.live.session.ended);
  }

  async disconnect(): Promise<void> {
    await this.live?.session.signOut();
    await this.dropSession();
    await this.deps.store.write('password', undefined);
    this.set({ state: 'not-connected', baseUrl: this.view.baseUrl });
  }

  async forgetPassword(): Promise<void> {
    await this.deps.store.write('password', undefined);
    if (this.view.state === 'connected') this.set({ ...this.view, passwordRemembered: false });
  }

  private async signInWithKeptPassword(baseUrl: string): Promise<DuplicatiResult<DuplicatiConnectionView>> {
    const password = await this.deps.store.read('password');
    if (password === undefined) return { ok: false, failure: this.view.state === 'sign-in-again' ? this.view.failure : notConnected() };
    const opened = await this.open(baseUrl, () => signIn(password, this.sessionDeps(baseUrl)));
    return opened.ok ? { ok: true, value: this.connected() } : opened;
  }

  /** Signs in (or resumes), then checks the version; a version older than 2.1 is signed out again. */
  private async open(baseUrl: string, start: () => Promise<SessionResult>): Promise<DuplicatiResult<Live>> {
    const started = await start();
    if (!started.ok) return this.fail(baseUrl, started.failure);
    const version = await serverVersion(started.session);
    if (!version.ok) return this.fail(baseUrl, version.failure);
    if (version.value !== undefined && !isSupportedVersion(version.value)) {
      await started.session.signOut();
      return this.fail(baseUrl, tooOld(baseUrl, version.value));
    }
    this.live = { session: started.session, version: version.value };
    return { ok: true, value: this.live };
  }

  private sessionDeps(baseUrl: string): SessionDeps {
    return {
      baseUrl,
      http: this.deps.http,
      clock: this.deps.clock,
      // Rotations must reach the store in order; DuplicatiStore queues its writes, and a failed write only costs a sign-in later.
      onRotated: (secrets) => void this.deps.store.write('session', JSON.stringify(secrets)).catch(() => undefined),
      keptPassword: () => this.deps.store.read('password'),
    };
  }

  private connected(): DuplicatiConnectionView {
    const baseUrl = this.live?.session.baseUrl ?? this.view.baseUrl;
    return this.set({
      state: 'connected',
      baseUrl,
      ...(this.live?.version === undefined ? {} : { version: this.live.version }),
      passwordRemembered: this.deps.store.has('password'),
      keptOnDisk: this.deps.store.keptOnDisk,
    });
  }

  private async endedByDuplicati(failure: DuplicatiFailure | undefined): Promise<void> {
    if (failure === undefined || this.live === undefined) return;
    const baseUrl = this.live.session.baseUrl;
    await this.dropSession();
    this.set({ state: 'sign-in-again', baseUrl, failure });
  }

  private async dropSession(): Promise<void> {
    this.live = undefined;
    await this.deps.store.write('session', undefined);
  }

  private fail(baseUrl: string, failure: DuplicatiFailure): { ok: false; failure: DuplicatiFailure } {
    this.set(failure.kind === 'sign-in-again' ? { state: 'sign-in-again', baseUrl, failure } : { state: 'not-connected', baseUrl, failure });
    return { ok: false, failure };
  }

  private set(view: DuplicatiConnectionView): DuplicatiConnectionView {
    this.view = view;
    this.deps.changed();
    return view;
  }
}
