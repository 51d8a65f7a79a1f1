/**
 * Reading and writing freedesktop.org Desktop Entry files (spec 1.4+), as far as autostart needs:
 * string escapes, `Exec` quoting, and the keys of the [Desktop Entry] group.
 */

// Characters that force an Exec argument into double quotes.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument: quoted when it holds a reserved character; `%` doubled (field codes). */
export function quoteExecArg(arg: string): string {
  const percent = arg.replaceAll('%', '%%');
  if (arg !== '' && !RESERVED.test(arg)) return percent;
  return `"${percent.replace(/["`$\\]/g, '\\$&')}"`;
}

/** The Exec value as written in the file: arguments quoted, then the string-level escapes. */
export function formatExec(argv: readonly string[]): string {
  return escapeValue(argv.map(quoteExecArg).join(' '));
}

/** Splits an Exec value (as written in the file) back into arguments. Field codes other than %% are dropped. */
export function splitExec(value: string): string[] {
  const line = unescapeValue(value);
  const args: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] as string;
    if (c === '"') {
      let quoted = '';
      for (i += 1; i < line.length && line[i] !== '"'; i += 1) {
        if (line[i] === '\\' && i + 1 < line.length) i += 1;
        quoted += line[i];
      }
      current = (current ?? '') + quoted;
    } else if (c === ' ' || c === '\t') {
      if (current !== undefined) args.push(current);
      current = undefined;
    } else {
      current = (current ?? '') + c;
    }
  }
  if (current !== undefined) args.push(current);
  return args.map(expandPercent).filter((arg): arg is string => arg !== undefined);
}

function expandPercent(arg: string): string | undefined {
  const expanded = arg.replace(/%(.)/g, (_m, code: string) => (code === '%' ? '%' : ''));
  // An argument that was only a field code (%U, %f…) disappears, as launchers do with no files.
  return expanded === '' && arg !== '' ? undefined : expanded;
}

/** The string-type escapes: \\ \n \t \r (and \s on reading). */
function escapeValue(value: string): string {
  return value.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? c);
}

function unescapeValue(value: string): string {
  return value.replace(/\\(.)/g, (_m, c: string) => ({ s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? `\\${c}`);
}

/** The [Desktop Entry] group's keys and raw values (other groups and comments ignored). */
export function readDesktopEntryGroup(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inGroup = line === '[Desktop Entry]';
      continue;
    }
    const eq = line.indexOf('=');
    if (inGroup && eq > 0 && !keys.has(line.slice(0, eq).trim())) keys.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return keys;
}
