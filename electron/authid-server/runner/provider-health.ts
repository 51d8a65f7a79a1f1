import type { CatalogueEntry } from '../provider-catalogue';
import type { ProviderOutcome } from '../provider-requests';

/** Why a provider cannot be used as set up; each comes with a message saying what to do. */
export type MisconfigurationReason =
  | 'unknown-provider'
  | 'missing-client-id'
  | 'missing-secret'
  | 'invalid-client'
  | 'unauthorized-client'
  | 'redirect-mismatch';

export type ProviderHealth =
  | { readonly status: 'unchecked' }
  | { readonly status: 'ready' }
  | { readonly status: 'unreachable'; readonly message: string }
  | { readonly status: 'misconfigured'; readonly reason: MisconfigurationReason; readonly message: string };

/** What the provider's OAuth error code says about the app's registration, if anything. */
const CLIENT_ERRORS: Readonly<Record<string, MisconfigurationReason>> = {
  invalid_client: 'invalid-client',
  unauthorized_client: 'unauthorized-client',
  redirect_uri_mismatch: 'redirect-mismatch',
};

export function misconfigured(reason: MisconfigurationReason, name: string, consoleUrl: string, redirectUri: string): ProviderHealth {
  const messages: Record<MisconfigurationReason, string> = {
    'unknown-provider': `The built-in server has no settings for "${name}".`,
    'missing-client-id': `Enter the client id of the app you registered at ${name} (${consoleUrl}).`,
    'missing-secret': `${name} needs the client secret of the app you registered there, as well as its client id.`,
    'invalid-client': `${name} refused the client id or secret (invalid_client). Check both against the app you registered at ${consoleUrl}, or create a new secret there and enter it again.`,
    'unauthorized-client': `${name} does not let this app log in this way (unauthorized_client). Check the app at ${consoleUrl}: its type, and that public client flows are allowed where no secret is used.`,
    'redirect-mismatch': `${name} refused the redirect URI ${redirectUri}. Register exactly that address for the app at ${consoleUrl}.`,
  };
  return { status: 'misconfigured', reason, message: messages[reason] };
}

/**
 * How a token request's outcome changes what is known about a provider's setup: a refusal that
 * names the client marks it misconfigured, any success marks it ready, and everything else (a
 * revoked grant, a provider that is down) says nothing about the setup.
 */
export function healthAfter(outcome: ProviderOutcome, entry: CatalogueEntry, redirectUri: string): ProviderHealth | undefined {
  if (outcome.ok) return { status: 'ready' };
  const reason = outcome.error.code === undefined ? undefined : CLIENT_ERRORS[outcome.error.code];
  return reason === undefined ? undefined : misconfigured(reason, String(entry.settings.name), entry.consoleUrl, redirectUri);
}
