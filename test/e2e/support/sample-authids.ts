/**
 * Test data in the real vault: a few AuthIDs in different states. The ones a test checks or
 * revokes come from real logins at the loopback AuthID server; the rest never reach a server.
 */
import type { CheckView } from '../../../electron/ipc/views';
import type { ProviderId } from '../../../electron/services/providers/provider-id';
import { HOSTED_HANDLER, HOSTED_SERVICE } from '../../../electron/services/servers/known-servers';
import type { Vault } from '../../../electron/services/vault/vault';
import type { AuthIdStack } from '../../fixtures/authid-stack';
import type { RealApp, SeedParts } from '../../fixtures/app/real-app';

export const FAMILY_PHOTOS = 'Family photos';
export const WORK_DOCUMENTS = 'Work documents on the shared SharePoint site with a very long label that must not break the layout';
export const ARCHIVE = 'Archive (EU)';
export const OLD_BOX = 'Old Box account';

/** Made-up AuthIDs for records that no test sends to a server. */
export const MADE_UP_V1 = '0123456789abcdef0123456789abcd:Pass-word.1234567';
const SHAREPOINT_V2 = 'v2:sharepoint:0.AXkA-very-long-refresh-token+with/slashes=and-more-characters-than-fit';
const PCLOUD_TOKEN = 'pcloudAccessTokenAbcdef0123456789';

const HOUR = 3_600_000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A v1 AuthID from a real login (over HTTP, no browser) at the loopback AuthID server. */
export async function realAuthId(stack: AuthIdStack, provider: ProviderId, account = 'alice'): Promise<string> {
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`, { account });
  if (authId === null) throw new Error(`The login at ${provider} gave no AuthID.`);
  return authId;
}

/** Records these checks (oldest first) as the refresher would have, with the next check planned. */
function recordHistory(vault: Vault, id: string, checks: readonly CheckView[]): void {
  for (const check of checks) vault.recordCheck(id, check);
  vault.setNextCheck(id, hoursFromNow(20));
}

export async function seedSampleAuthIds({ vault, stack }: SeedParts): Promise<void> {
  const host = new URL(stack.baseUrl).host;
  const worked = (hours: number): CheckView => ({
    at: hoursFromNow(-hours),
    health: 'healthy',
    reason: `The AuthID works: the server at ${host} handed out an access token.`,
  });

  const photos = await vault.add({
    label: FAMILY_PHOTOS,
    defaultLabel: 'Dropbox',
    provider: 'dropbox',
    kind: 'v1',
    authId: await realAuthId(stack, 'dropbox', 'alex'),
    serverBaseUrl: stack.baseUrl,
    accountName: 'alex@example.com',
    destination: { name: 'Laptop backup', path: 'Backups/Laptop', options: {} },
  });
  recordHistory(vault, photos.id, [worked(26), worked(2)]);

  const work = await vault.add({
    label: WORK_DOCUMENTS,
    defaultLabel: 'Microsoft SharePoint',
    provider: 'sharepoint',
    kind: 'v2',
    authId: SHAREPOINT_V2,
    serverBaseUrl: HOSTED_HANDLER.baseUrl,
    accountName: 'alexandra.someone-with-a-long-name@contoso-corporation.example.com',
  });
  recordHistory(vault, work.id, [
    { at: hoursFromNow(-5), health: 'needs-reauthorization', reason: 'Microsoft refused the refresh token (invalid_grant): log in again to authorize the app again.' },
  ]);

  await vault.add({
    label: ARCHIVE,
    defaultLabel: 'pCloud',
    provider: 'pcloud',
    kind: 'access-token-only',
    authId: PCLOUD_TOKEN,
    serverBaseUrl: HOSTED_SERVICE.baseUrl,
    region: 'eapi.pcloud.com',
  });

  const box = await vault.add({
    label: OLD_BOX,
    defaultLabel: 'Box',
    provider: 'box.com',
    kind: 'v1',
    authId: await realAuthId(stack, 'box.com', 'sam'),
    serverBaseUrl: stack.baseUrl,
  });
  recordHistory(vault, box.id, [
    { at: hoursFromNow(-1), health: 'rate-limited', reason: `The server at ${host} asked to wait 60 minutes before the next refresh.` },
  ]);
}

/** The id of the record with this label. */
export function idOf(app: Pick<RealApp, 'vault'>, label: string): string {
  const record = app.vault.list().find((candidate) => candidate.label === label);
  if (record === undefined) throw new Error(`No AuthID labelled "${label}".`);
  return record.id;
}
