import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { isLoopbackAddress } from '../http/host-check';
import { DEFAULT_BUILT_IN_PORT } from '../runner/built-in-server-runner';
import { resolveSetup } from '../runner/provider-setup';
import type { ProviderSettingsInput } from '../provider-settings';
import type { ServerLimits } from '../server-limits';

const httpUrl = z.url({ protocol: /^https?$/ });
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_IN_CONFIG =
  'a client secret does not belong in the config file: name an environment variable (clientSecretEnv) or a file (clientSecretFile) that holds it';

const providerSchema = z
  .object({
    id: z.string().min(1),
    clientId: z.string().min(1),
    clientSecretEnv: z.string().regex(ENV_NAME).optional(),
    clientSecretFile: z.string().min(1).optional(),
    authorizeUrl: httpUrl.optional(),
    tokenUrl: httpUrl.optional(),
    regionTokenUrls: z.record(z.string(), httpUrl).optional(),
    scope: z.string().optional(),
  })
  .strict()
  .refine((provider) => !(provider.clientSecretEnv && provider.clientSecretFile), 'give clientSecretEnv or clientSecretFile, not both');

const limitsSchema = z
  .object({
    headersTimeoutMs: z.number().int().positive(),
    requestTimeoutMs: z.number().int().positive(),
    idleTimeoutMs: z.number().int().positive(),
    keepAliveTimeoutMs: z.number().int().positive(),
    maxConnections: z.number().int().positive(),
    maxPendingLogins: z.number().int().positive(),
    maxPendingLoginsPerClient: z.number().int().positive(),
  })
  .partial()
  .strict();

/** The config file's shape; see docs/built-in-server.md. */
const configSchema = z
  .object({
    listen: z.object({ host: z.string().min(1).default('127.0.0.1'), port: z.number().int().min(0).max(65_535).default(DEFAULT_BUILT_IN_PORT) }).strict().default({ host: '127.0.0.1', port: DEFAULT_BUILT_IN_PORT }),
    allowedHosts: z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i, 'a host name with its port, e.g. nas.local:8357')).default([]),
    publicBaseUrl: httpUrl.optional(),
    storage: z.enum(['file', 'none']).default('file'),
    dataDir: z.string().min(1).optional(),
    trustedOrigins: z.array(z.string()).default([]),
    appName: z.string().min(1).max(80).optional(),
    limits: limitsSchema.optional(),
    providers: z.array(providerSchema).min(1),
  })
  .strict();

/** Everything the standalone server needs, secrets read in. */
export interface StandaloneSettings {
  readonly host: string;
  readonly port: number;
  readonly allowedHosts: readonly string[];
  readonly publicBaseUrl: string | undefined;
  /** Where the sealed tokens live; undefined: stateless v2 AuthIDs. */
  readonly tokenFile: string | undefined;
  readonly trustedOrigins: readonly string[];
  readonly appName: string | undefined;
  readonly limits: ServerLimits;
  readonly providers: readonly ProviderSettingsInput[];
}

export class ConfigError extends Error {}

/**
 * Reads the config file and the environment: `AUTHID_SERVER_PORT` and `AUTHID_SERVER_DATA_DIR`
 * override the file, and each client secret comes from the variable or file the config names.
 * Relative paths are relative to the config file.
 */
export async function loadStandaloneSettings(configPath: string, env: NodeJS.ProcessEnv): Promise<StandaloneSettings> {
  const base = dirname(resolve(configPath));
  const raw = await readJson(configPath);
  const secretKey = findSecretKey(raw);
  if (secretKey) throw new ConfigError(`${configPath}: ${secretKey}: ${SECRET_IN_CONFIG}`);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${configPath}: ${z.prettifyError(parsed.error)}`);
  const config = parsed.data;

  const port = env.AUTHID_SERVER_PORT === undefined ? config.listen.port : portFrom(env.AUTHID_SERVER_PORT);
  const dataDir = env.AUTHID_SERVER_DATA_DIR ?? config.dataDir;
  if (config.storage === 'file' && dataDir === undefined) throw new ConfigError(`${configPath}: dataDir: where to keep the sealed tokens (or "storage": "none" for stateless v2 AuthIDs)`);
  const exposed = !isLoopbackAddress(config.listen.host);
  if (exposed && config.allowedHosts.length === 0) {
    throw new ConfigError(`${configPath}: listen.host ${config.listen.host} reaches other machines: list the names they use in allowedHosts (e.g. "nas.local:${port}")`);
  }
  const publicBaseUrl = config.publicBaseUrl ?? (exposed ? `http://${config.allowedHosts[0]}` : undefined);
  const redirectUri = `${publicBaseUrl ?? `http://127.0.0.1:${port}`}/logged-in`;

  const providers: ProviderSettingsInput[] = [];
  for (const provider of config.providers) {
    const clientSecret = await secretFor(provider, env, base);
    const { authorizeUrl, tokenUrl, regionTokenUrls, scope } = provider;
    const overrides = {
      ...(authorizeUrl === undefined ? {} : { authorizeUrl }),
      ...(tokenUrl === undefined ? {} : { tokenUrl }),
      ...(regionTokenUrls === undefined ? {} : { regionTokenUrls }),
      ...(scope === undefined ? {} : { scope }),
    };
    const resolved = resolveSetup({ id: provider.id, clientId: provider.clientId, ...(clientSecret === undefined ? {} : { clientSecret }), overrides }, redirectUri);
    if (!resolved.ok) throw new ConfigError(`${configPath}: provider ${provider.id}: ${resolved.health.status === 'misconfigured' ? resolved.health.message : 'cannot be used'}`);
    providers.push(resolved.settings);
  }

  return {
    host: config.listen.host,
    port,
    allowedHosts: config.allowedHosts,
    publicBaseUrl,
    tokenFile: config.storage === 'file' && dataDir !== undefined ? join(absolute(dataDir, base), 'tokens.json') : undefined,
    trustedOrigins: config.trustedOrigins,
    appName: config.appName,
    limits: definedLimits(config.limits),
    providers,
  };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the config file ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`${path} is not valid JSON`);
  }
}

/** `providers[i].clientSecret` written into the config, which the schema would only call "unrecognized". */
function findSecretKey(raw: unknown): string | undefined {
  const providers = (raw as { providers?: unknown } | null)?.providers;
  if (!Array.isArray(providers)) return undefined;
  const index = providers.findIndex((provider) => typeof provider === 'object' && provider !== null && 'clientSecret' in provider);
  return index < 0 ? undefined : `providers[${index}].clientSecret`;
}

async function secretFor(provider: z.infer<typeof providerSchema>, env: NodeJS.ProcessEnv, base: string): Promise<string | undefined> {
  if (provider.clientSecretEnv !== undefined) {
    const value = env[provider.clientSecretEnv];
    if (!value) throw new ConfigError(`provider ${provider.id}: the environment variable ${provider.clientSecretEnv} (its client secret) is not set`);
    return value;
  }
  if (provider.clientSecretFile !== undefined) {
    const path = absolute(provider.clientSecretFile, base);
    try {
      return (await readFile(path, 'utf8')).trim();
    } catch (error) {
      throw new ConfigError(`provider ${provider.id}: cannot read its client secret from ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return undefined;
}

/** The limits the config sets, leaving out the ones it does not (the server's defaults apply). */
function definedLimits(limits: z.infer<typeof limitsSchema> | undefined): ServerLimits {
  return Object.fromEntries(Object.entries(limits ?? {}).filter(([, value]) => value !== undefined));
}

function portFrom(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`AUTHID_SERVER_PORT must be a port number, not ${JSON.stringify(text)}`);
  return port;
}

function absolute(path: string, base: string): string {
  return isAbsolute(path) ? path : join(base, path);
}
