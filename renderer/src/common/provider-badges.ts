import type { ProviderId } from '../api/view-types';

export interface ProviderBadge {
  /** Two letters drawn in the badge. */
  readonly letters: string;
  /** The brand family, which picks the badge colour. */
  readonly family: 'google' | 'microsoft' | 'box' | 'dropbox' | 'jottacloud' | 'pcloud';
}

export const PROVIDER_BADGES: Readonly<Record<ProviderId, ProviderBadge>> = {
  googledrive: { letters: 'GD', family: 'google' },
  googledocs: { letters: 'GD', family: 'google' },
  gcs: { letters: 'GC', family: 'google' },
  onedrivev2: { letters: 'OD', family: 'microsoft' },
  sharepoint: { letters: 'SP', family: 'microsoft' },
  msgroup: { letters: 'MG', family: 'microsoft' },
  onedrive: { letters: 'OD', family: 'microsoft' },
  'box.com': { letters: 'BX', family: 'box' },
  box: { letters: 'BX', family: 'box' },
  dropbox: { letters: 'DB', family: 'dropbox' },
  jottacloud: { letters: 'JC', family: 'jottacloud' },
  pcloud: { letters: 'PC', family: 'pcloud' },
};
