import { describe, expect, it } from 'vitest';
import { readDestinationUrl } from '../../../../electron/services/duplicati-reading';

describe('where older releases read a URL differently', () => {
  it('names none for a URL every release reads alike', () => {
    expect(readDestinationUrl('onedrivev2://Backups?authid=abc%3Adef').otherVersions).toEqual([]);
  });

  it('%uXXXX gives another AuthID on 2.3 stable and 2.1', () => {
    const reading = readDestinationUrl('onedrivev2://Backups?authid=abc%u003Adef');
    expect(reading.authId).toBe('abc:def');
    expect(reading.otherVersions.map((v) => [v.version, v.authId])).toEqual([
      ['2.3-stable', 'abc\0:def'],
      ['2.1', 'abc\0:def'],
    ]);
  });

  it('pCloud: an upper-case host works on master but not on 2.3 stable; 2.1 has no pCloud', () => {
    const reading = readDestinationUrl('pcloud://API.pcloud.com/Backups?authid=t');
    expect(reading.error).toBeNull();
    expect(reading.otherVersions.find((v) => v.version === '2.3-stable')?.error?.code).toBe('InvalidpCloudServerSpecified');
    expect(reading.otherVersions.find((v) => v.version === '2.1')?.error?.code).toBe('unknown-scheme');
  });

  it('pCloud: "+" is a plus on master and a space on 2.3 stable', () => {
    const stable = readDestinationUrl('pcloud://api.pcloud.com/a+b?authid=t').otherVersions.find((v) => v.version === '2.3-stable');
    expect(stable?.folder).toBe('a b');
  });

  it('2.1 does not decode host and path: an encoded folder arrives as written', () => {
    const reading = readDestinationUrl('googledrive://My%20Backups?authid=a');
    expect(reading.folder).toBe('My Backups/');
    expect(reading.otherVersions).toEqual([{ version: '2.1', label: 'Duplicati 2.1', folder: 'My%20Backups/' }]);
  });
});
