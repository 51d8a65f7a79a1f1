/** Provider ids exactly as the AuthID servers spell them (`type=` / `/login?id=`). */
export const PROVIDER_IDS = [
  'googledrive',
  'googledocs',
  'gcs',
  'onedrivev2',
  'sharepoint',
  'msgroup',
  'onedrive',
  'box.com',
  'box',
  'dropbox',
  'jottacloud',
  'pcloud',
] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
