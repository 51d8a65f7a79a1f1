/**
 * The standalone server as a user runs it: the real `authid-server` command (built with
 * `npm run build:server`) and `npm run server`, a config file plus an environment variable for
 * the secret, the real OAuth provider; a login, a refresh, a clean stop on SIGTERM.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { exposureLine } from '../../../electron/authid-server/standalone/run-standalone';
import { ConfigError, loadStandaloneSettings } from '../../../electron/authid-server/standalone/standalone-config';
import { completeLoginAt } from '../../fixtures/browserless/provider-login';
import { recordOutput, registerSecret } from '../../fixtures/leak-check/secret-registry';
import { startOAuthProvider, type OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { refreshWithHeader } from './support/http';

const REPO = resolve(import.meta.dirname, '../../..');
const SECRET_VARIABLE = 'AUTHID_TEST_GOOGLE_SECRET';

let provider: OAuthProviderFixture;
let dir: string;
let configFile: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  [provider, dir] = await Promise.all([startOAuthProvider(), mkdtemp(join(tmpdir(), 'standalone-'))]);
  await promisify(execFile)('npm', ['run', '--silent', 'build:server'], { cwd: REPO });
  configFile = await writeConfig('config.json', {
    listen: { port: 0 },
    dataDir: './data',
    providers: [{ id: 'googledrive', clientId: 'standard', clientSecretEnv: SECRET_VARIABLE, authorizeUrl: provider.authorizeUrl, tokenUrl: provider.tokenUrl, scope: provider.scope }],
  });
}, 60_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await provider?.close();
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(name: string, config: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(config));
  return path;
}

interface Started {
  readonly child: ChildProcess;
  readonly firstLine: string;
  readonly baseUrl: string;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a command and waits for its first log line, which names the address. */
async function start(command: string, args: readonly string[], options: { detached?: boolean } = {}): Promise<Started> {
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, [SECRET_VARIABLE]: provider.clients.standard.clientSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  children.push(child);
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const lines = createInterface({ input: child.stdout! });
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    lines.once('line', resolveLine);
    void exited.then(() => reject(new Error(`the command exited before logging: ${output}`)));
  });
  output += `${firstLine}\n`;
  lines.on('line', (line) => {
    output += `${line}\n`;
  });
  const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(firstLine)?.[1];
  if (!baseUrl) throw new Error(`no address in the first line: ${firstLine}`);
  return { child, firstLine, baseUrl, output: () => output, exited };
}

describe('the authid-server command', () => {
  it('serves a login and Duplicati’s refresh, logs without secrets, and stops cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    registerSecret(provider.clients.standard.clientSecret);
    const { child, firstLine, baseUrl, output, exited } = await start(process.execPath, ['bin/authid-server.js', '--config', configFile]);
    const tokenFile = join(dir, 'data', 'tokens.json');
    expect(firstLine).toContain(`AuthID server listening on ${baseUrl}, this computer only; providers: googledrive; v1 AuthIDs, tokens sealed in ${tokenFile}`);

    expect(await (await fetch(`${baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const { authId } = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=googledrive`);
    expect(authId).toMatch(/^[0-9a-f]{30}:/);
    expect(await refreshWithHeader(baseUrl, authId!)).toMatchObject({ status: 200, json: { type: 'googledrive' } });

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    const log = output();
    recordOutput(log);
    expect(log).toMatch(/info GET \/login 302 \d+ms/);
    expect(log).toMatch(/info GET \/refresh 200 \d+ms/);
    expect(log).toMatch(/info stopping \(SIGTERM\): finishing requests under way\n.*info stopped\n$/);
    expect(log).not.toContain(authId);
    expect(log).not.toContain(provider.clients.standard.clientSecret);
    expect(log).not.toMatch(/code=|state=|authid=/i);
    if (process.platform !== 'win32') expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    await expect(stat(`${tokenFile}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();
  });

  it('exits 1 with the usage for a secret on the command line', async () => {
    const child = spawn(process.execPath, ['bin/authid-server.js', '--config', configFile, '--client-secret', 'x'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain("Unknown option '--client-secret'");
    expect(stderr).toContain('never from the command line');
  });

  it('npm run server starts the same server', { timeout: 60_000 }, async () => {
    const { child, baseUrl, exited } = await start('npm', ['run', '--silent', 'server', '--', '--config', configFile], { detached: true });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    // What a terminal's Ctrl-C or a service manager does: signal the whole process group.
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    await expect.poll(async () => fetch(`${baseUrl}/healthz`).then(() => 'up', () => 'down'), { timeout: 15_000 }).toBe('down');
  });
});

describe('the config', () => {
  const base = { listen: { port: 0 }, dataDir: './data', providers: [{ id: 'onedrivev2', clientId: 'app-id' }] };
  const loadError = async (config: unknown, env: NodeJS.ProcessEnv = {}): Promise<string> => {
    const error = await loadStandaloneSettings(await writeConfig('check.json', config), env).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  };

  it('refuses a client secret written into it', async () => {
    const message = await loadError({ ...base, providers: [{ id: 'googledrive', clientId: 'x', clientSecret: 'leaked-secret-value' }] });
    expect(message).toContain('providers[0].clientSecret: a client secret does not belong in the config file');
    expect(message).not.toContain('leaked-secret-value');
  });

  it('refuses another address than loopback without allowed hosts', async () => {
    expect(await loadError({ ...base, listen: { host: '0.0.0.0', port: 0 } })).toContain('listen.host 0.0.0.0 reaches other machines: list the names they use in allowedHosts');
  });

  it('says which secret is missing, and which provider needs one', async () => {
    expect(await loadError({ ...base, providers: [{ id: 'googledrive', clientId: 'x', clientSecretEnv: 'NOT_SET_ANYWHERE' }] })).toContain('the environment variable NOT_SET_ANYWHERE (its client secret) is not set');
    expect(await loadError({ ...base, providers: [{ id: 'box.com', clientId: 'x' }] })).toContain('Box.com needs the client secret');
  });

  it('takes the port and data folder from the environment, and paths relative to the config file', async () => {
    const settings = await loadStandaloneSettings(await writeConfig('env.json', base), { AUTHID_SERVER_PORT: '0', AUTHID_SERVER_DATA_DIR: 'elsewhere' });
    expect(settings.port).toBe(0);
    expect(settings.tokenFile).toBe(join(dir, 'elsewhere', 'tokens.json'));
    expect(settings.providers.map((p) => p.id)).toEqual(['onedrivev2']);
  });

  it('an exposed server says so first, with the names it answers to', async () => {
    const settings = await loadStandaloneSettings(await writeConfig('exposed.json', { ...base, listen: { host: '0.0.0.0', port: 8357 }, allowedHosts: ['nas.local:8357'] }), {});
    expect(settings.publicBaseUrl).toBe('http://nas.local:8357');
    const line = exposureLine(settings, { baseUrl: 'http://nas.local:8357', port: 8357, hasStorage: true, close: async () => undefined });
    expect(line).toMatch(/^AuthID server listening on 0\.0\.0\.0:8357, EXPOSED to other machines as nas\.local:8357; providers: onedrivev2;/);
  });
});
