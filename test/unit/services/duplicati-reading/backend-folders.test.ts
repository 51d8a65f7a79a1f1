import { describe, expect, it } from 'vitest';
import { readDestinationUrl } from '../../../../electron/services/duplicati-reading';

const read = (url: string) => readDestinationUrl(url);

describe('the folder each backend takes', () => {
  it('Google Drive and Box decode once and add a trailing slash', () => {
    expect(read('googledrive://C%2B%2B/50%25?authid=a').folder).toBe('C++/50%/');
    expect(read('box://My%20Box/x?authid=a').folder).toBe('My Box/x/');
    expect(read('googledrive://?authid=a').folder).toBe('/');
  });

  it('OneDrive, SharePoint, Microsoft 365 Groups and Dropbox decode a second time', () => {
    expect(read('onedrivev2://C%2B%2B?authid=a').folder).toBe('/C  ');
    expect(read('onedrivev2://C%252B%252B?authid=a').folder).toBe('/C++');
    expect(read('msgroup://50%2520off?authid=a&group-id=g').folder).toBe('/50 off');
    expect(read('dropbox://a%255Cb/?authid=a').folder).toBe('/a\\b');
    // The Graph backends also turn backslashes into slashes.
    expect(read('onedrivev2://a%255Cb?authid=a').folder).toBe('/a/b');
  });

  it('Jottacloud refuses an empty folder', () => {
    const reading = read('jottacloud://?authid=a');
    expect(reading.error?.code).toBe('JottaNoPath');
    expect(read('jottacloud://Backups?authid=a').folder).toBe('Backups/');
  });

  it('Google Cloud Storage takes the bucket from the host and the prefix from the rest', () => {
    const reading = read('gcs://my-bucket/pre%20fix?authid=a');
    expect(reading.details).toEqual({ bucket: 'my-bucket', prefix: 'pre fix/' });
    expect(read('gcs://?authid=a').details).toEqual({ bucket: '', prefix: '' });
  });
});

describe("SharePoint's System.Uri step", () => {
  const error = (url: string) => read(url).error?.code ?? null;
  const HOSTNAME = 'System.Uri: UriFormatException: Invalid URI: The hostname could not be parsed.';

  it('fails when the first folder is no host name: an escape, a space, punctuation, an empty label', () => {
    for (const first of ['My%20Backups', 'My+Backups', 'Fotos%C3%A4', 'kA))', '~user', "P'", 'a..b', '.x']) {
      expect(error(`sharepoint://${first}/Laptop?authid=a&site-id=s`), first).toBe(HOSTNAME);
    }
  });

  it('accepts DNS-style, UNC-style, "." and ".." first folders and an empty one', () => {
    for (const first of ['Backups', 'tenant.sharepoint.com', '_42', '-', '.', '..', '']) {
      expect(error(`sharepoint://${first}/x?authid=a&site-id=s`), first).toBeNull();
    }
  });

  it('refuses a bad port and a backslash after the host', () => {
    expect(error('sharepoint://host:12a/x?authid=a')).toBe('System.Uri: UriFormatException: Invalid URI: Invalid port specified.');
    expect(error('sharepoint://host:70000/x?authid=a')).toBe('System.Uri: UriFormatException: Invalid URI: Invalid port specified.');
    expect(error('sharepoint://host\\x?authid=a')).toBe(HOSTNAME);
  });

  it('reads a pasted https:// site address again without it', () => {
    expect(read('sharepoint://https://tenant.sharepoint.com/sites/x?authid=a').error).toBeNull();
    expect(error('sharepoint://https://bad%20host/sites/x?authid=a')).toBe(HOSTNAME);
  });
});

describe('pCloud', () => {
  it('on master: System.Uri lower-cases the host, ignores the port, resolves dot segments and backslashes', () => {
    expect(read('pcloud://API.pcloud.com:443/Backups?authid=t')).toMatchObject({ folder: 'Backups', error: null, details: { pcloudHost: 'api.pcloud.com' } });
    expect(read('pcloud://api.pcloud.com/a/../b?authid=t').folder).toBe('b');
    expect(read('pcloud://eapi.pcloud.com/a\\b?authid=t').folder).toBe('a/b');
    expect(read('pcloud://api.pcloud.com/a+b?authid=t').folder).toBe('a+b');
    expect(read('pcloud://api.pcloud.com/%20x%20?authid=t').folder).toBe('x');
  });

  it('refuses a fragment and an unknown server', () => {
    expect(read('pcloud://api.pcloud.com/a?authid=t#b').error?.code).toBe('ArgumentException: UriHasFragment');
    expect(read('pcloud://Backups?authid=t').error?.code).toBe('InvalidpCloudServerSpecified');
    expect(read('pcloud:///Backups?authid=t').error?.code).toBe('ArgumentException: NoHostname');
  });
});
