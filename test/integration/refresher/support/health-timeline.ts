/**
 * Watches the vault like the app does: every change goes to the real problem notices (with a
 * recording notifier), and each AuthID's health changes are kept in order.
 */
import { authIdView } from '../../../../electron/app/views/authid-view';
import type { Health } from '../../../../electron/ipc/views';
import { createProblemNotices } from '../../../../electron/services/notifications/problem-notices';
import type { Notice } from '../../../../electron/services/notifications/notifier';
import type { Vault } from '../../../../electron/services/vault/vault';

export interface HealthTimeline {
  /** Health changes per record id, starting with the first one seen. */
  readonly changes: Map<string, Health[]>;
  readonly notices: Notice[];
}

export function watchHealth(vault: Vault): HealthTimeline {
  const timeline: HealthTimeline = { changes: new Map(), notices: [] };
  const notices = createProblemNotices({ notifier: { show: (notice) => timeline.notices.push(notice) }, openRecord: () => undefined });
  vault.onChange(() => {
    const records = vault.list();
    for (const record of records) {
      const seen = timeline.changes.get(record.id) ?? [];
      if (seen.at(-1) !== record.health) timeline.changes.set(record.id, [...seen, record.health]);
    }
    notices.observe(records.map((record) => authIdView(record, '…', { baseUrl: record.serverBaseUrl, flavour: 'self-hosted' }, undefined)));
  });
  return timeline;
}
