import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExec, quoteExecArg, readDesktopEntryGroup, splitExec } from '../../../../electron/services/autostart/desktop-entry';

describe('Exec quoting (Desktop Entry spec)', () => {
  it('leaves plain arguments alone and quotes ones with reserved characters', () => {
    expect(quoteExecArg('/opt/authid-manager/authid-manager')).toBe('/opt/authid-manager/authid-manager');
    expect(quoteExecArg('/opt/AuthID Manager/authid-manager')).toBe('"/opt/AuthID Manager/authid-manager"');
    expect(quoteExecArg("it's")).toBe('"it\'s"');
    expect(quoteExecArg('')).toBe('""');
  });

  it('escapes ", `, $ and \\ inside quotes, doubles %, and applies the string escapes on top', () => {
    expect(formatExec(['/home/me/$HOME "x"/a`b`\\c 100%', '--hidden'])).toBe('"/home/me/\\\\$HOME \\\\"x\\\\"/a\\\\`b\\\\`\\\\\\\\c 100%%" --hidden');
  });

  it('reads back what it writes, for any arguments', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 20 }), { minLength: 1, maxLength: 4 }), (argv) => {
        expect(splitExec(formatExec(argv))).toEqual(argv);
      }),
    );
  });

  it('reads entries other programs wrote: field codes dropped, quoted parts joined', () => {
    expect(splitExec('env FOO=1 "/opt/My App/app" --x %U')).toEqual(['env', 'FOO=1', '/opt/My App/app', '--x']);
    expect(splitExec('/usr/bin/app   --a=%%b')).toEqual(['/usr/bin/app', '--a=%b']);
  });
});

describe('readDesktopEntryGroup', () => {
  it('reads keys of the [Desktop Entry] group only, ignoring comments and blank lines', () => {
    const keys = readDesktopEntryGroup('# comment\n[Desktop Entry]\nName = App\nExec=/bin/app\n\n[Desktop Action new]\nExec=/bin/other\n');
    expect(Object.fromEntries(keys)).toEqual({ Name: 'App', Exec: '/bin/app' });
  });
});
