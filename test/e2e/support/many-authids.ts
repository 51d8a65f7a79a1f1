/** A long list for the AuthID list's tests: made-up (distinct) AuthIDs no test sends to a server, healths mixed. */
import type { Health } from '../../../electron/ipc/views';
import type { ProviderId } from '../../../electron/services/providers/provider-id';
import type { SeedParts } from '../../fixtures/app/real-app';

const PROVIDERS: readonly ProviderId[] = ['dropbox', 'box.com', 'googledrive', 'onedrivev2'];
const HEALTHS: readonly Health[] = ['healthy', 'healthy', 'rate-limited', 'healthy', 'needs-attention'];

/** The labels, in the order they are added: "Backup 01" … */
export const manyLabels = (count: number) => Array.from({ length: count }, (_, index) => `Backup ${String(index + 1).padStart(2, '0')}`);

export function seedManyAuthIds(count: number): (parts: SeedParts) => Promise<void> {
  return async ({ vault, stack }) => {
    for (const [index, label] of manyLabels(count).entries()) {
      const record = await vault.add({ label, defaultLabel: label, provider: PROVIDERS[index % PROVIDERS.length]!, kind: 'v1', authId: `0123456789abcdef0123456789ab${String(index).padStart(2, '0')}:Pass-word.1234567`, serverBaseUrl: stack.baseUrl });
      const health = HEALTHS[index % HEALTHS.length]!;
      vault.recordCheck(record.id, { at: new Date(Date.now() - 3_600_000).toISOString(), health, reason: 'Recorded by the test seed.' });
    }
  };
}
