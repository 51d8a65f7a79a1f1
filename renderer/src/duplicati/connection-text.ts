import type { DuplicatiConnectionView, DuplicatiFailureKind } from './duplicati-types';

/** A short headline for why the app is not signed in; the failure's message says what to do next. */
const FAILURE_HEADLINES: Readonly<Record<DuplicatiFailureKind, string>> = {
  'invalid-address': 'That address cannot be used',
  unreachable: 'Duplicati is not reachable',
  timeout: 'Duplicati answers too slowly',
  'wrong-password': 'Wrong password',
  'too-old': 'This Duplicati is too old',
  'not-duplicati': 'This is not Duplicati',
  'sign-in-again': 'Sign in again',
  'not-connected': 'Not signed in',
  refused: 'Duplicati refused',
  cancelled: 'Cancelled',
};

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export const failureHeadline = (kind: DuplicatiFailureKind): string => FAILURE_HEADLINES[kind];

/** One line for the connection, e.g. "Connected to Duplicati 2.3.0.4 at 127.0.0.1:8200". */
export function connectionSummary(connection: DuplicatiConnectionView): string {
  const host = hostOf(connection.baseUrl);
  switch (connection.state) {
    case 'connected':
      return `Connected to Duplicati${connection.version === undefined ? '' : ` ${connection.version}`} at ${host}.`;
    case 'connecting':
      return `Signing in to Duplicati at ${host}…`;
    case 'sign-in-again':
      return `Duplicati at ${host} ended the sign-in.`;
    case 'not-connected':
      return `Not connected to Duplicati.`;
  }
}
