/**
 * Option names in another case than the backend reads. Duplicati collects query keys ignoring
 * case under their first spelling, then its backends look up exact lower-case names, so
 * `AuthID=` is never seen, and `?AUTHID=a&authid=b` leaves no `authid` at all.
 */
import { duplicatiUrlDecode, ordinalIgnoreCaseKey, type RawQueryPair } from '../duplicati-reading';
import type { BackendSpec } from '../providers';
import type { LintFinding, TextEdit } from './lint-finding';
import { removePair } from './query-pair-edits';
import type { RawUrl } from './raw-url-parts';

function knownOptionNames(backend: BackendSpec): string[] {
  return ['authid', ...(backend.takesOauthUrl ? ['oauth-url'] : []), ...backend.options.map((o) => o.name)];
}

export function lintOptionNameCase(raw: RawUrl, backend: BackendSpec): LintFinding[] {
  return [...spellings(raw, backend)].filter(([, entry]) => entry.wrong.length > 0).map(([name, entry]) => caseFinding(raw.text, name, entry));
}

/** The backend's option names that the URL also spells in another case. */
export function misspelledOptions(raw: RawUrl, backend: BackendSpec): Set<string> {
  return new Set([...spellings(raw, backend)].filter(([, entry]) => entry.wrong.length > 0).map(([name]) => name));
}

interface Spellings {
  readonly exact: RawQueryPair[];
  readonly wrong: RawQueryPair[];
  readonly spellings: Set<string>;
}

function spellings(raw: RawUrl, backend: BackendSpec): Map<string, Spellings> {
  const byName = new Map<string, { exact: RawQueryPair[]; wrong: RawQueryPair[]; spellings: Set<string> }>();
  for (const pair of raw.pairs) {
    const key = duplicatiUrlDecode(pair.key.text, 'code-unit');
    const name = knownOptionNames(backend).find((known) => ordinalIgnoreCaseKey(known) === ordinalIgnoreCaseKey(key));
    if (name === undefined) continue;
    const entry: Spellings = byName.get(name) ?? { exact: [], wrong: [], spellings: new Set<string>() };
    if (key === name) entry.exact.push(pair);
    else {
      entry.wrong.push(pair);
      entry.spellings.add(key);
    }
    byName.set(name, entry);
  }
  return byName;
}

function caseFinding(text: string, name: string, entry: Spellings): LintFinding {
  const spellings = [...entry.spellings].map((s) => s.slice(0, 40)).join(', ');
  if (entry.exact.length > 0) {
    const edits: TextEdit[] = entry.wrong.map((pair) => removePair(text, pair));
    return {
      code: 'option-name-case',
      severity: 'error',
      message: `Duplicati will not see ${name}: it collects ${spellings} and ${name} as one option named after whichever comes first, then looks up ${name} exactly and finds it missing or joined with the other value.`,
      fix: `Keep ${name} and remove ${spellings}.`,
      apply: { label: `Remove ${spellings}`, edits },
    };
  }
  return {
    code: 'option-name-case',
    severity: 'error',
    message: `Duplicati will not see ${spellings}: its option names are looked up exactly, and this one is ${name}.`,
    fix: `Write the name as ${name}.`,
    apply: { label: `Write ${name}`, edits: entry.wrong.map((pair) => ({ start: pair.key.start, end: pair.key.end, text: name })) },
  };
}
