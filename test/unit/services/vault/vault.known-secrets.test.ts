// The vault tells the log scrubber every AuthID it stores or decrypts, so a log line holding one
// is masked even when the AuthID has no shape the patterns know.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnownSecrets } from '../../../../electron/services/logging/known-secrets';
import { describeErrorForLog } from '../../../../electron/services/logging/redact-secrets';
import { openVault } from '../../../../electron/services/vault/vault';
import { tempFolder, type TempFolder } from '../../../fixtures/temp-conf-backend';
import { FakeSecretBox } from '../../../fixtures/fake-secret-box';

/** A pCloud token of no shape the patterns catch: all lower case, no digits. */
const UNSHAPED = 'plainlowercasepcloudtokenwithoutdigits';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('the vault feeds the known secrets', () => {
  it('with what it stores, and after a restart with what it decrypts', async () => {
    const line = () => new Error(`pCloud said no to ${UNSHAPED}`);
    expect(describeErrorForLog(line())).toContain(UNSHAPED);

    const known = createKnownSecrets();
    const box = new FakeSecretBox();
    const vault = await openVault({ backend: folder.backend(), secretBox: box, secrets: known });
    await vault.add({ defaultLabel: 'pCloud', provider: 'pcloud', kind: 'access-token-only', authId: UNSHAPED, serverBaseUrl: 'https://oauth-service.duplicati.com' });
    await vault.flush();
    expect(describeErrorForLog(line(), known)).not.toContain(UNSHAPED);

    const afterRestart = createKnownSecrets();
    await openVault({ backend: folder.backend(), secretBox: box, secrets: afterRestart });
    expect(describeErrorForLog(line(), afterRestart)).not.toContain(UNSHAPED);
  });
});
