/** The built-in server's status in words for the window: its state, and per provider what to do next. */
import { BUILT_IN_HOST, PROVIDER_CATALOGUE, type CatalogueEntry, type ProviderHealth } from '../../authid-server';
import type { BuiltInProviderView, BuiltInServerView, BuiltInStateView } from '../../ipc/builtin-server-views';
import type { BuiltInServerStatus, Registration } from '../../services/built-in-server';

/** Providers the window offers to set up: the listed ones of the catalogue, in its order. */
const OFFERED = [...PROVIDER_CATALOGUE.values()].filter((entry) => entry.settings.hidden !== true);

export function builtInServerView(status: BuiltInServerStatus): BuiltInServerView {
  const server = status.snapshot.server;
  const port = server.status === 'running' ? server.port : status.port;
  const redirectUri = `http://${BUILT_IN_HOST}:${port}/logged-in`;
  return {
    enabled: status.enabled,
    port: status.port,
    redirectUri,
    status: stateView(status),
    providers: OFFERED.map((entry) => providerView(entry, status, redirectUri)),
    ...(status.duplicatiWebUi === undefined ? {} : { duplicatiWebUi: status.duplicatiWebUi }),
  };
}

function stateView(status: BuiltInServerStatus): BuiltInStateView {
  const server = status.snapshot.server;
  const starting: BuiltInStateView = { state: 'starting', title: `Starting on http://${BUILT_IN_HOST}:${status.port}…`, message: '' };
  if (!status.enabled) return { state: 'off', title: 'Off', message: 'Turn it on to log in through this computer.' };
  if (status.starting) return starting;
  switch (server.status) {
    case 'running':
      return {
        state: 'running',
        baseUrl: server.baseUrl,
        title: `Running on ${server.baseUrl}`,
        message: 'Duplicati on this computer refreshes its AuthIDs here, so keep AuthID Manager running (Start at login helps). Duplicati in a container or on another machine cannot reach it.',
      };
    case 'no-providers':
      return { state: 'no-providers', title: 'Not running yet', message: 'Set up at least one provider below; the server then starts by itself.' };
    case 'port-taken':
      return { state: 'port-taken', title: `Port ${server.port} is in use`, message: server.message };
    case 'failed':
      return { state: 'failed', title: 'Could not start', message: server.message };
    case 'stopped':
      return starting;
  }
}

function providerView(entry: CatalogueEntry, status: BuiltInServerStatus, redirectUri: string): BuiltInProviderView {
  const id = entry.settings.id;
  const name = String(entry.settings.name);
  const registration = status.registrations.find((r) => r.id === id);
  const health = registration === undefined ? undefined : status.snapshot.providers[id];
  return {
    id,
    name,
    needsSecret: entry.clientSecret === 'required',
    ...(entry.redirect === 'none' ? {} : { consoleUrl: entry.consoleUrl }),
    setupSteps: entry.setupSteps.map((step) => step.replaceAll('{redirectUri}', redirectUri)),
    redirect: entry.redirect,
    ...(registration === undefined ? {} : { registration: registrationView(registration) }),
    ...healthView(entry, name, health),
  };
}

function registrationView(registration: Registration): NonNullable<BuiltInProviderView['registration']> {
  return { clientId: registration.clientId, hasSecret: registration.hasSecret, secretKept: registration.secretKept };
}

/** Only a login can check pCloud (no refresh tokens) and Jottacloud (a login token, not an app). */
const checkedOnlyByLogin = (entry: CatalogueEntry) => entry.settings.accessTokenOnly === true || entry.settings.cliToken === true;

function healthView(entry: CatalogueEntry, name: string, health: ProviderHealth | undefined): Pick<BuiltInProviderView, 'health' | 'healthMessage'> {
  if (health === undefined) return { health: 'not-set-up', healthMessage: 'Not set up.' };
  switch (health.status) {
    case 'ready':
      return { health: 'ready', healthMessage: `Ready: ${name} accepts this app registration.` };
    case 'unreachable':
      return { health: 'unreachable', healthMessage: health.message };
    case 'misconfigured':
      return { health: 'misconfigured', healthMessage: health.message };
    case 'unchecked':
      return checkedOnlyByLogin(entry)
        ? { health: 'login-only', healthMessage: `Saved. ${name} can only be checked by logging in: authorize it once to be sure.` }
        : { health: 'unchecked', healthMessage: 'Saved, not checked yet. Check asks the provider whether it accepts this app registration.' };
  }
}
