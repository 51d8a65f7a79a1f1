/**
 * SharePoint's backend first reads the whole URL with .NET's `System.Uri` to look for a site,
 * and the first folder stands where that parser wants a host name. A first folder that is none
 * (a space, `+ ! ' ( ) * ~ , ; = & $ @ %`, a letter outside ASCII, an empty part between dots)
 * makes it throw, so the backup cannot start.
 */
export interface SharePointRefusal {
  readonly problem: 'sharepoint-site';
  readonly message: string;
  readonly fix: string;
}

export function sharePointSiteRefusal(folder: string): SharePointRefusal {
  const [first = ''] = folder.split('/');
  const suggestion = first.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '') || 'Backups';
  const shown = first.length > 60 ? `${first.slice(0, 60)}…` : first;
  return {
    problem: 'sharepoint-site',
    message: `SharePoint cannot use "${shown}" as the first folder: Duplicati reads it as a host name when it looks for the site, and there only letters, digits, "-", "_" and single dots are allowed, so the backup would not start.`,
    fix: `Name the site and library first, as in tenant.sharepoint.com/sites/<site>//<library>/${folder.length > 60 ? '…' : folder}, or rename the first folder, for example to "${suggestion}".`,
  };
}
