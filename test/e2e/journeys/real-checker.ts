// TEMPORARY until the refresher lands.
import type { Checker } from '../../../electron/app/app-context';
import { refresh } from '../../../electron/services/server-client';
import type { Vault } from '../../../electron/services/vault/vault';

export function realChecker({ vault }: { vault: Vault }): Checker {
  const checkNow = async (id: string) => {
    const record = vault.get(id)!;
    const result = await refresh(await vault.readSecret(id), { baseUrl: record.serverBaseUrl, flavour: 'self-hosted' });
    const check = { at: new Date().toISOString(), health: result.ok ? ('healthy' as const) : ('needs-attention' as const), reason: result.ok ? 'ok' : result.message };
    vault.recordCheck(id, check);
    return check;
  };
  return { checkNow, checkAll: async () => void (await Promise.all(vault.list().map((r) => checkNow(r.id)))) };
}
