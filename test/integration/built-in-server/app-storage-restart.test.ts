// The built-in server as the app keeps it, against the real OAuth provider: a login's tokens go
// into the app's folder only as OS ciphertext, and after the app restarts (a new service on the
// same folder, same keyring) the AuthID still refreshes the way Duplicati asks.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it  } from 'vitest';
import { openBuiltInServer, type BuiltInServer } from '../../../electron/services/built-in-server';
import { completeLoginAt } from '../../fixtures/browserless/provider-login';
import { osPickedPort } from '../../fixtures/loopback-server';
import { startOAuthProvider, type OAuthProviderFixture } from '../../fixtures/oauth-provider';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { refreshWithHeader } from '../authid-server/support/http';

let provider: OAuthProviderFixture | undefined;
let folder: TempFolder | undefined;
const servers: BuiltInServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  await provider?.close();
  folder?.remove();
});

it('tokens sealed in the app folder refresh after a restart', async () => {
  provider = await startOAuthProvider();
  folder = tempFolder();
  const box = new FakeSecretBox();
  const { authorizeUrl, tokenUrl, scope } = provider;
  const open = async () => {
    const server = await openBuiltInServer({ backend: folder!.backend(), secretBox: box, overrides: { 'box.com': { authorizeUrl, tokenUrl, scope } } });
    servers.push(server);
    return server;
  };
  const free = await osPickedPort();
  await free.close();
  const first = await open();
  await first.setPort(free.port);
  await first.saveRegistration({ id: 'box.com', clientId: 'rotating', clientSecret: provider.clients.rotating.clientSecret });
  await first.setEnabled(true);
  const baseUrl = `http://127.0.0.1:${free.port}`;
  const { authId } = await completeLoginAt(provider, baseUrl, `${baseUrl}/login?id=box.com`, { account: 'alice' });
  if (!authId) throw new Error('the login page showed no AuthID');
  const tokensFile = readFileSync(folder.file('built-in-server-tokens.json'), 'utf8');
  expect(JSON.parse(tokensFile).entries).toEqual({ [authId.split(':')[0]!]: { protection: 'os-encrypted', ciphertext: expect.any(String) } });
  await first.stop();

  const second = await open();
  expect((await second.startIfEnabled()).snapshot.server).toMatchObject({ status: 'running', baseUrl });
  expect(await refreshWithHeader(baseUrl, authId)).toMatchObject({ status: 200, json: { type: 'box.com', access_token: expect.any(String) } });
});
