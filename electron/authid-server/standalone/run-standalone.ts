import { parseArgs } from 'node:util';
import { isLoopbackAddress } from '../http/host-check';
import { startAuthIdServer, type RunningAuthIdServer } from '../start-authid-server';
import { ConfigError, loadStandaloneSettings, type StandaloneSettings } from './standalone-config';
import { providerLine, requestLine, type ServerLog } from './server-log';

const USAGE = 'usage: authid-server --config <file>   (or set AUTHID_SERVER_CONFIG); secrets come from the environment or files the config names, never from the command line';

export interface StandaloneServer {
  readonly server: RunningAuthIdServer;
  /** Resolves once the server has stopped after a signal or `stop()`. */
  readonly stopped: Promise<void>;
  stop(reason: string): Promise<void>;
}

/**
 * The server on its own, for a NAS or a small office: reads the config, starts, says first
 * what it exposes, logs requests (routes only) and provider refusals, and stops cleanly on
 * SIGTERM or SIGINT. Throws ConfigError for anything the user must fix.
 */
export async function runStandalone(args: readonly string[], env: NodeJS.ProcessEnv, log: ServerLog, signals: NodeJS.EventEmitter = process): Promise<StandaloneServer> {
  const configPath = configPathFrom(args, env);
  const settings = await loadStandaloneSettings(configPath, env);
  const server = await startAuthIdServer({
    host: settings.host,
    port: settings.port,
    providers: settings.providers,
    allowedHosts: settings.allowedHosts,
    trustedOrigins: settings.trustedOrigins,
    limits: settings.limits,
    ...(settings.publicBaseUrl === undefined ? {} : { publicBaseUrl: settings.publicBaseUrl }),
    ...(settings.appName === undefined ? {} : { appName: settings.appName }),
    ...(settings.tokenFile === undefined ? {} : { storage: { file: settings.tokenFile } }),
    onRequest: (request) => log.line('info', requestLine(request)),
    onProviderOutcome: (outcome) => {
      if (!outcome.ok) log.line('warn', providerLine(outcome));
    },
  });
  log.line('info', exposureLine(settings, server));

  let stopping: Promise<void> | undefined;
  let done: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    done = resolve;
  });
  const onSignal = (signal: string): void => void stop(signal);
  const stop = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      signals.off('SIGTERM', onSignal);
      signals.off('SIGINT', onSignal);
      log.line('info', `stopping (${reason}): finishing requests under way`);
      await server.close();
      log.line('info', 'stopped');
      done();
    })();
    return stopping;
  };
  signals.on('SIGTERM', onSignal);
  signals.on('SIGINT', onSignal);
  return { server, stopped, stop };
}

function configPathFrom(args: readonly string[], env: NodeJS.ProcessEnv): string {
  let values: { config?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: { config: { type: 'string', short: 'c' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const path = values.config ?? env.AUTHID_SERVER_CONFIG;
  if (!path) throw new ConfigError(USAGE);
  return path;
}

/** The first line: where it listens, who can reach it, what it serves and keeps. */
export function exposureLine(settings: StandaloneSettings, server: RunningAuthIdServer): string {
  const reach = isLoopbackAddress(settings.host)
    ? `on ${server.baseUrl}, this computer only`
    : `on ${settings.host}:${server.port}, EXPOSED to other machines as ${settings.allowedHosts.join(', ')}`;
  const storage = settings.tokenFile === undefined ? 'stateless v2 AuthIDs (no storage)' : `v1 AuthIDs, tokens sealed in ${settings.tokenFile}`;
  const providers = settings.providers.map((provider) => provider.id).join(', ');
  return `AuthID server listening ${reach}; providers: ${providers}; ${storage}; redirect URI ${server.baseUrl}/logged-in; health check ${server.baseUrl}/healthz`;
}
