/**
 * A stand-in for macOS's `/usr/bin/security -i` (no macOS here), built from its manual and
 * source: one command line per run on stdin, words split at spaces with double quotes and
 * backslash escapes, generic passwords matched on the attributes given, the exit status the
 * command's OSStatus low byte (44 = not found). It asserts how it is called.
 */
import { expect } from 'vitest';
import type { ProcessResult, ProcessRunner } from '../../../../electron/adapters/secret-stores';

export interface GenericPassword {
  label: string;
  service: string;
  account: string;
  password: Buffer;
}

export class StandInSecurityTool {
  readonly items: GenericPassword[] = [];
  /** Every argument list and stdin it was run with. */
  readonly runs: { args: readonly string[]; stdin: string }[] = [];
  /** errSecInteractionNotAllowed for everything, as a locked keychain that cannot prompt. */
  locked = false;

  readonly run: ProcessRunner = async (command, args, stdin) => {
    expect(command).toBe('/usr/bin/security');
    expect(args).toEqual(['-i']);
    expect(stdin.endsWith('\n') && stdin.indexOf('\n') === stdin.length - 1).toBe(true);
    expect(Buffer.byteLength(stdin)).toBeLessThanOrEqual(4096);
    this.runs.push({ args, stdin });
    if (this.locked) return { code: 36, stdout: '', stderr: 'security: User interaction is not allowed.\n' };
    const [verb, ...words] = splitWords(stdin.slice(0, -1));
    const options = parseOptions(words);
    switch (verb) {
      case 'add-generic-password':
        return this.add(options);
      case 'find-generic-password':
        return this.find(options);
      case 'delete-generic-password':
        return this.remove(options);
      case 'show-keychain-info':
        return ok('');
      default:
        throw new Error(`the stand-in does not know ${verb}`);
    }
  };

  private matches(options: Map<string, string>) {
    return (item: GenericPassword) =>
      (!options.has('a') || item.account === options.get('a')) &&
      (!options.has('s') || item.service === options.get('s')) &&
      (!options.has('l') || item.label === options.get('l'));
  }

  private add(options: Map<string, string>): ProcessResult {
    expect(options.has('a') && options.has('s') && options.has('w')).toBe(true);
    const password = Buffer.from(options.get('w')!, 'utf8');
    const existing = this.items.find(this.matches(options));
    if (existing !== undefined && options.has('U')) {
      existing.password = password;
      return ok('');
    }
    // The keychain keeps one generic password per account and service.
    if (this.items.some((item) => item.account === options.get('a') && item.service === options.get('s'))) {
      return { code: 45, stdout: '', stderr: 'security: SecKeychainItemCreateFromContent (<default>): The specified item already exists in the keychain.\n' };
    }
    this.items.push({ label: options.get('l') ?? options.get('s')!, service: options.get('s')!, account: options.get('a')!, password });
    return ok('');
  }

  private find(options: Map<string, string>): ProcessResult {
    const item = this.items.find(this.matches(options));
    if (item === undefined) return notFound();
    return ok(options.has('w') ? `${item.password.toString('utf8')}\n` : '');
  }

  private remove(options: Map<string, string>): ProcessResult {
    const index = this.items.findIndex(this.matches(options));
    if (index < 0) return notFound();
    this.items.splice(index, 1);
    return ok('');
  }
}

function ok(stdout: string): ProcessResult {
  return { code: 0, stdout, stderr: '' };
}

function notFound(): ProcessResult {
  return { code: 44, stdout: '', stderr: 'security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n' };
}

function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const character = line[i]!;
    if (character === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (character === '"') {
      quoted = !quoted;
      word ??= '';
    } else if (character === ' ' && !quoted) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + character;
    }
  }
  expect(quoted, 'unbalanced quotes').toBe(false);
  if (word !== null) words.push(word);
  return words;
}

/** getopt for the flags these commands take: -U and -w (when last) may stand alone. */
function parseOptions(words: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < words.length; i += 1) {
    const flag = words[i]!;
    expect(flag).toMatch(/^-[a-zA-Z]$/);
    if (flag === '-U' || (flag === '-w' && i === words.length - 1)) options.set(flag.slice(1), '');
    else options.set(flag.slice(1), words[++i]!);
  }
  return options;
}
