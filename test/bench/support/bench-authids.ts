/**
 * Made-up AuthIDs for the large-list metrics: varied providers, accounts and labels so a
 * search narrows the list the way a real one would. Deterministic, so runs compare.
 */
import type { ProviderId } from '../../../electron/services/providers/provider-id';

export interface BenchAuthId {
  readonly label: string;
  readonly provider: ProviderId;
  readonly serverBaseUrl: string;
  readonly accountName: string;
  /** A well-formed v1 AuthID: 30 hex digits, a colon, a 21-character password. */
  readonly secret: string;
}

const PROVIDERS: readonly ProviderId[] = ['dropbox', 'googledrive', 'onedrivev2', 'box.com', 'jottacloud'];
const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory'];
const PURPOSES = ['Photos', 'Documents', 'Music', 'Laptop', 'Server', 'Projects', 'Archive'];
const SERVER = 'https://duplicati-oauth-handler.appspot.com';

export function benchAuthId(index: number): BenchAuthId {
  const person = PEOPLE[index % PEOPLE.length]!;
  const hex = (index * 2654435761).toString(16).padStart(30, '0').slice(-30);
  return {
    label: `${PURPOSES[index % PURPOSES.length]} ${person} ${index}`,
    provider: PROVIDERS[index % PROVIDERS.length]!,
    serverBaseUrl: SERVER,
    accountName: `${person}.${index}@example.com`,
    secret: `${hex}:Bench-${String(index).padStart(15, '0')}`,
  };
}
