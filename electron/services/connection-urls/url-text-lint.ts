/**
 * Lint for how the URL is written rather than what it names: whitespace around it, `??`, the
 * `%uXXXX` escapes 2.3 stable reads differently, and escapes that form no UTF-8 character.
 */
import { duplicatiUrlDecode, invalidUtf8Escapes, readDestinationUrl, type DestinationUrlReading, type RawText } from '../duplicati-reading';
import { applyEdits, type LintFinding, type TextEdit } from './lint-finding';
import type { RawUrl } from './raw-url-parts';

export function lintSurroundingWhitespace(raw: RawUrl): LintFinding[] {
  const { text, trimmed } = raw;
  if (trimmed.start === 0 && trimmed.end === text.length) return [];
  const trailing = text.slice(trimmed.end);
  const asWritten = readDestinationUrl(text);
  const message =
    trimmed.start > 0
      ? 'The URL starts with a space or line break, so Duplicati does not recognise the destination type at all.'
      : trailing.includes('\n')
        ? 'The URL ends with a line break, which makes Duplicati read the whole text as a file path on its own disk.'
        : `The URL ends with a space, which Duplicati keeps as part of the last value${asWritten.authId?.endsWith(trailing) === true ? ', the AuthID' : ''}.`;
  return [{
    code: 'surrounding-whitespace',
    severity: 'error',
    message,
    fix: 'Remove the spaces and line breaks before and after the URL.',
    apply: {
      label: 'Remove the surrounding spaces',
      edits: [
        ...(trimmed.start > 0 ? [{ start: 0, end: trimmed.start, text: '' }] : []),
        ...(trimmed.end < text.length ? [{ start: trimmed.end, end: text.length, text: '' }] : []),
      ],
    },
  }];
}

export function lintRepeatedQuestionMark(raw: RawUrl): LintFinding[] {
  if (raw.queryStart === null) return [];
  let extra = 0;
  while (raw.text[raw.queryStart + extra] === '?') extra += 1;
  if (extra === 0) return [];
  return [{
    code: 'repeated-question-mark',
    severity: extra === 1 ? 'warning' : 'error',
    message:
      extra === 1
        ? 'The options start with "??". Duplicati drops one extra "?", so this works there, but other tools read a "?" as part of the first option\'s name.'
        : 'The options start with more than two "?". Duplicati drops only one extra "?", so the first option\'s name starts with "?" and Duplicati does not see it.',
    fix: 'Keep a single "?" between the folder and the options.',
    apply: { label: 'Keep one "?"', edits: [{ start: raw.queryStart, end: raw.queryStart + extra, text: '' }] },
  }];
}

const PERCENT_U = /%u([0-9a-fA-F]{4})/g;

export function lintPercentU(raw: RawUrl, reading: DestinationUrlReading): LintFinding[] {
  const found = [...raw.trimmed.text.matchAll(PERCENT_U)];
  if (found.length === 0) return [];
  const differs = reading.otherVersions.some((v) => v.version === '2.3-stable');
  const what = reading.otherVersions.find((v) => v.version === '2.3-stable')?.authId !== undefined ? 'a different AuthID' : 'different text';
  const edits = percentUEdits(found, raw.trimmed.start);
  return [{
    code: 'percent-u-escape',
    severity: differs ? 'warning' : 'info',
    message: differs
      ? `The URL uses %uXXXX escapes. Duplicati 2.3.0.109 canary and later read them as characters, but 2.3 stable and older read their digits as two bytes and so see ${what}.`
      : 'The URL uses %uXXXX escapes, an old form that only some tools understand.',
    fix: 'Write each character as standard UTF-8 escapes (%XX), which every Duplicati reads alike.',
    ...(edits === null ? {} : { apply: { label: 'Use standard escapes', edits } }),
  }];
}

/** Each `%uXXXX` (a surrogate pair taken together) as its UTF-8 escapes; null if one is a lone surrogate. */
function percentUEdits(found: readonly RegExpMatchArray[], offset: number): TextEdit[] | null {
  const edits: TextEdit[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const match = found[index];
    const next = found[index + 1];
    const start = offset + (match?.index ?? 0);
    let text = String.fromCharCode(parseInt(match?.[1] ?? '0', 16));
    let end = start + 6;
    if (/[\ud800-\udbff]/.test(text) && next?.index === (match?.index ?? 0) + 6) {
      text += String.fromCharCode(parseInt(next[1] ?? '0', 16));
      end += 6;
      index += 1;
    }
    if (/\p{Cs}/u.test(text)) return null;
    edits.push({ start, end, text: encodeURIComponent(text) });
  }
  return edits;
}

/** Escapes that complete no UTF-8 character, in the folder, an option name or value, or the AuthID. */
export function lintBrokenEscapes(raw: RawUrl): LintFinding[] {
  const places: { piece: RawText; where: string; vital: boolean }[] = [
    { piece: raw.location, where: 'the folder', vital: true },
    ...raw.pairs.flatMap((pair) => {
      const name = duplicatiUrlDecode(pair.key.text, 'code-unit');
      const isAuthId = name === 'authid';
      return [
        { piece: pair.key, where: 'an option name', vital: false },
        ...(pair.value === null ? [] : [{ piece: pair.value, where: isAuthId ? 'the AuthID' : `the ${name.slice(0, 40)} value`, vital: isAuthId }]),
      ];
    }),
  ];
  const broken = places
    .map((place) => ({ ...place, escapes: invalidUtf8Escapes(place.piece.text) }))
    .filter((place) => place.escapes.length > 0);
  if (broken.length === 0) return [];
  // A fix only removes escapes Duplicati drops anyway, so what it reads stays the same.
  const edits = broken.flatMap(({ piece, escapes }) => {
    const kept = applyEdits(piece.text, escapes.map((e) => ({ ...e, text: '' })));
    return duplicatiUrlDecode(kept, 'code-unit') === duplicatiUrlDecode(piece.text, 'code-unit')
      ? escapes.map((e) => ({ start: piece.start + e.start, end: piece.start + e.end, text: '' }))
      : [];
  });
  const where = [...new Set(broken.map((b) => b.where))].join(', ');
  const complete = edits.length === broken.reduce((sum, b) => sum + b.escapes.length, 0);
  return [{
    code: 'broken-escape',
    severity: broken.some((b) => b.vital) ? 'error' : 'warning',
    message: `Some %XX escapes in ${where} do not form a whole character (UTF-8), so Duplicati drops them or reads a replacement character (\u{fffd}).`,
    fix: 'Copy the text again from where it came from, or remove the broken escapes.',
    ...(complete ? { apply: { label: 'Remove the broken escapes', edits } } : {}),
  }];
}
