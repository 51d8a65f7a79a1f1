/**
 * The built-in AuthID server as the app keeps it (openBuiltInServer: its settings and sealed
 * tokens in real document files, OS-encrypted through an AES-GCM stand-in for safeStorage) with
 * Box.com pointed at the stack's OAuth provider, and the floor of its uncached /refresh: the same
 * unseal, one refresh-token round trip to the same provider, and the same reseal, with nothing
 * else. Runs inside the server process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { parseAuthId } from '../../../electron/authid-server/authid-format';
import { providerRequests } from '../../../electron/authid-server/provider-requests';
import { providerSettingsSchema, type ProviderSettings } from '../../../electron/authid-server/provider-settings';
import { resolveSetup } from '../../../electron/authid-server/runner/provider-setup';
import { SealedTokenStore, type StoredTokens } from '../../../electron/authid-server/storage/sealed-token-store';
import { seal, unseal } from '../../../electron/authid-server/storage/token-sealing';
import type { SealedEntry } from '../../../electron/authid-server/storage/token-storage';
import { mergeRefreshed } from '../../../electron/authid-server/token-response';
import { openBuiltInServer, openEncryptedTokenStorage, type BuiltInServer } from '../../../electron/services/built-in-server';
import { confDocumentBackend } from '../../../electron/services/document-store/conf-document-backend';
import { systemClock } from '../../../electron/services/time';
import { completeLoginAt } from '../../fixtures/browserless/provider-login';
import { osPickedPort } from '../../fixtures/loopback-server';
import type { OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { SoftwareSecretBox } from '../support/software-secret-box';

/** A rotating provider: every refresh reseals a new refresh token, as Box does. */
const PROVIDER_ID = 'box.com';
const CLIENT = 'rotating';

export interface BuiltInBench {
  readonly baseUrl: string;
  /** `count` AuthIDs from real logins, none refreshed yet (so none is in the access-token cache). */
  login(count: number): Promise<string[]>;
  /** One round of the floor; ms. */
  floorRefresh(): Promise<number>;
  close(): Promise<void>;
}

interface FloorState {
  readonly keyId: string;
  readonly password: string;
  entry: SealedEntry;
}

export async function startBuiltInBench(provider: OAuthProviderFixture): Promise<BuiltInBench> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-bench-built-in-'));
  const backend = confDocumentBackend(directory, (options) => new Conf<Record<string, unknown>>(options));
  const box = new SoftwareSecretBox();
  // The storage openBuiltInServer makes by default, made here so the floor can read its first tokens.
  const storage = await openEncryptedTokenStorage(backend, box, systemClock);
  const overrides = { authorizeUrl: provider.authorizeUrl, tokenUrl: provider.tokenUrl, scope: provider.scope };
  let server: BuiltInServer | undefined;
  try {
    server = await openBuiltInServer({ backend, secretBox: box, storage, overrides: { [PROVIDER_ID]: overrides } });
    const free = await osPickedPort();
    await free.close();
    await server.setPort(free.port);
    const clientSecret = provider.clients[CLIENT].clientSecret;
    await server.saveRegistration({ id: PROVIDER_ID, clientId: CLIENT, clientSecret });
    const running = (await server.setEnabled(true)).snapshot.server;
    if (running.status !== 'running') throw new Error(`the built-in server did not start: ${running.status}`);
    const { baseUrl } = running;
    const redirectUri = `${baseUrl}/logged-in`;

    const loginOnce = async (): Promise<string> => {
      const { authId } = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=${PROVIDER_ID}`);
      if (authId === null) throw new Error('a login at the built-in server ended without an AuthID');
      return authId;
    };

    // The floor's own AuthID, never refreshed by the server, so its rotating token stays the floor's.
    const shape = parseAuthId(await loginOnce());
    if (shape.kind !== 'v1') throw new Error('the built-in server gave no v1 AuthID');
    const first = await storage.get(shape.keyId);
    if (first === undefined) throw new Error('the built-in server kept no tokens for its AuthID');
    const floor: FloorState = { keyId: shape.keyId, password: shape.password, entry: first };
    const { providerId } = await new SealedTokenStore(storage).read(floor.keyId, floor.password);
    const resolved = resolveSetup({ id: PROVIDER_ID, clientId: CLIENT, clientSecret, overrides }, redirectUri);
    if (!resolved.ok) throw new Error('the floor could not resolve the provider setup');
    const settings: ProviderSettings = providerSettingsSchema.parse(resolved.settings);
    const requests = providerRequests(new AbortController().signal);

    return {
      baseUrl,
      login: async (count) => {
        const authIds: string[] = [];
        for (let index = 0; index < count; index += 1) authIds.push(await loginOnce());
        return authIds;
      },
      floorRefresh: async () => {
        const started = performance.now();
        const opened = JSON.parse(await unseal(floor.entry, floor.password, floor.keyId)) as StoredTokens;
        const refreshed = await requests.refresh(settings, opened.tokens.refresh_token ?? '', redirectUri);
        floor.entry = await seal(JSON.stringify({ providerId, tokens: mergeRefreshed(opened.tokens, refreshed) }), floor.password, floor.keyId);
        return performance.now() - started;
      },
      close: async () => {
        await server?.stop();
        fs.rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.stop();
    fs.rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}
