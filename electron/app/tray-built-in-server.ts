/**
 * The tray's line for the built-in AuthID server: running, or what is wrong and where to fix it.
 * Clicking it opens that server's section of Settings. No line while it is off or has no provider.
 */
import { BUILT_IN_HOST, PROVIDER_CATALOGUE, type MisconfigurationReason } from '../authid-server';
import type { BuiltInServerStatus } from '../services/built-in-server';
import type { TrayMenuItem } from '../services/tray';

const NAME = 'Built-in AuthID server';

/** The provider's own error code where it gave one (what its console's help pages name), else the gap in words. */
const REASON_WORDS: Readonly<Record<MisconfigurationReason, string>> = {
  'invalid-client': 'invalid_client',
  'unauthorized-client': 'unauthorized_client',
  'redirect-mismatch': 'redirect URI not registered',
  'missing-secret': 'no client secret',
  'missing-client-id': 'no client id',
  'unknown-provider': 'unknown provider',
};

export function builtInServerMenu(status: BuiltInServerStatus | undefined): TrayMenuItem[] {
  if (status === undefined || !status.enabled || status.registrations.length === 0) return [];
  return [{ kind: 'normal', id: 'built-in-server', label: `${NAME}: ${stateWords(status)}`, enabled: true, action: { type: 'open-built-in-server' } }];
}

function stateWords(status: BuiltInServerStatus): string {
  const { server, providers } = status.snapshot;
  if (server.status === 'port-taken') return `port ${server.port} is taken — open Settings to choose another`;
  if (server.status === 'failed') return 'could not start — open Settings';
  const misconfigured = Object.entries(providers).flatMap(([id, health]) => (health.status === 'misconfigured' ? [{ id, reason: health.reason }] : []));
  const [first] = misconfigured;
  if (first !== undefined && misconfigured.length === 1) return `${providerName(first.id)} is misconfigured (${REASON_WORDS[first.reason]}) — open Settings`;
  if (misconfigured.length > 1) return `${misconfigured.length} providers are misconfigured — open Settings`;
  if (server.status === 'running' && !status.starting) return `running on ${new URL(server.baseUrl).host}`;
  return `starting on ${BUILT_IN_HOST}:${status.port}…`;
}

function providerName(id: string): string {
  const name = PROVIDER_CATALOGUE.get(id)?.settings.name;
  return name === undefined ? id : String(name);
}
