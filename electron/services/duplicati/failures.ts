/** Why a call to the user's Duplicati did not work, in words fit for the window (never a secret). */
export type DuplicatiFailureKind =
  | 'invalid-address'
  | 'unreachable'
  | 'timeout'
  | 'wrong-password'
  | 'too-old'
  | 'not-duplicati'
  | 'sign-in-again'
  | 'not-connected'
  | 'refused'
  | 'cancelled';

export interface DuplicatiFailure {
  readonly kind: DuplicatiFailureKind;
  readonly message: string;
}

export const failure = (kind: DuplicatiFailureKind, message: string): DuplicatiFailure => ({ kind, message });

export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl.slice(0, 64);
  }
}

export const signInAgain = (baseUrl: string): DuplicatiFailure =>
  failure(
    'sign-in-again',
    `Duplicati at ${hostOf(baseUrl)} ended this app's sign-in (it expired, was signed out, or Duplicati closed it for safety). Sign in again with the Duplicati password.`,
  );

export const notConnected = (): DuplicatiFailure =>
  failure('not-connected', 'AuthID Manager is not signed in to Duplicati. Sign in under Settings → Duplicati on this computer.');

export const tooOld = (baseUrl: string, version?: string): DuplicatiFailure =>
  failure(
    'too-old',
    `Duplicati at ${hostOf(baseUrl)} is ${version === undefined ? 'older than 2.1' : `version ${version.slice(0, 32)}`}; AuthID Manager works with Duplicati 2.1 or later. Update Duplicati, then sign in again.`,
  );

export const notDuplicati = (baseUrl: string): DuplicatiFailure =>
  failure('not-duplicati', `The server at ${hostOf(baseUrl)} did not answer like Duplicati. Check the address (Duplicati's default is http://127.0.0.1:8200).`);
