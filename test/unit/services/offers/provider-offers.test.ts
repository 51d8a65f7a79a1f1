import { describe, expect, it  } from 'vitest';
import { providerGroups } from '../../../../electron/app/views/provider-view';
import { createProviderOffers } from '../../../../electron/services/offers';
import type { ProviderId } from '../../../../electron/services/providers/provider-id';
import type { ProbeResult } from '../../../../electron/services/server-client';
import type { AuthIdServer } from '../../../../electron/services/servers/known-servers';

const A: AuthIdServer = { baseUrl: 'https://a.example', flavour: 'self-hosted' };
const B: AuthIdServer = { baseUrl: 'https://b.example', flavour: 'self-hosted' };

function probing(answers: Record<string, ProbeResult[]>) {
  const probed: string[] = [];
  let now = 0;
  const offers = createProviderOffers({
    probe: async (server) => {
      probed.push(server.baseUrl);
      return answers[server.baseUrl]!.shift()!;
    },
    clock: { now: () => now },
    retryAfterMs: 1_000,
  });
  return { offers, probed, advance: (ms: number) => (now += ms) };
}
const offering = (...providers: ProviderId[]): ProbeResult => ({ reachable: true, providers });
const down: ProbeResult = { reachable: false, failure: { ok: false, kind: 'unreachable', retryable: true, needsReauthorization: false, message: 'down' } };

describe('what each server offers', () => {
  it('unknown until its index answered, then what it listed; probed once, and the change is told once', async () => {
    const { offers, probed } = probing({ [A.baseUrl]: [offering('dropbox', 'box.com')] });
    let changes = 0;
    offers.onChange(() => (changes += 1));
    expect(offers.offered(A)).toBeUndefined();
    await Promise.all([offers.refresh([A]), offers.refresh([A])]);
    await offers.refresh([{ ...A, baseUrl: `${A.baseUrl}/` }]);
    expect(offers.offered(A)).toEqual(['dropbox', 'box.com']);
    expect([probed, changes]).toEqual([[A.baseUrl], 1]);
  });

  it('a server that did not answer is tried again a while later, not at every look', async () => {
    const { offers, probed, advance } = probing({ [A.baseUrl]: [down, offering('dropbox')] });
    await offers.refresh([A]);
    await offers.refresh([A]);
    expect([offers.offered(A), probed.length]).toEqual([undefined, 1]);
    advance(1_000);
    await offers.refresh([A]);
    expect(offers.offered(A)).toEqual(['dropbox']);
  });

  it('a server removed from Settings is forgotten; added again, it is asked again', async () => {
    const { offers, probed } = probing({ [A.baseUrl]: [offering('dropbox'), offering('dropbox', 'pcloud')], [B.baseUrl]: [offering('box.com')] });
    await offers.refresh([A, B]);
    await offers.refresh([B]);
    expect(offers.offered(A)).toBeUndefined();
    await offers.refresh([A, B]);
    expect(offers.offered(A)).toEqual(['dropbox', 'pcloud']);
    expect(probed).toEqual([A.baseUrl, B.baseUrl, A.baseUrl]);
  });

  it('the Authorize list shows a server’s catalogue providers, narrowed to what it offers once known', () => {
    const ids = (groups: ReturnType<typeof providerGroups>) => groups.map((group) => group.providers.map((provider) => provider.id));
    const [unknown] = ids(providerGroups([A]));
    expect(unknown).toEqual(expect.arrayContaining(['dropbox', 'box.com', 'jottacloud']));
    expect(ids(providerGroups([A, B], (server) => (server === A ? ['jottacloud', 'dropbox', 'nosuch' as ProviderId] : undefined)))).toEqual([['dropbox', 'jottacloud'], unknown]);
  });
});
