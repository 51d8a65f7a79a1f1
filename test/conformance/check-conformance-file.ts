/** Reads a conformance file line by line and checks each against the module. */
import { readFile } from 'node:fs/promises';
import { readDestinationUrlAs } from '../../electron/services/duplicati-reading';
import { compareReading, type FieldMismatch } from './compare-reading';
import { conformanceLineSchema } from './conformance-line';

export interface LineFailure {
  readonly line: number;
  readonly url: string;
  /** Empty when the line itself could not be read. */
  readonly mismatches: readonly FieldMismatch[];
  readonly problem?: string;
}

export interface ConformanceResult {
  readonly passed: number;
  readonly failures: readonly LineFailure[];
}

export interface CheckOptions {
  /** Where the Duplicati that produced the file ran; only URLs it read as local paths depend on it. */
  readonly workingDirectory: string;
}

export async function checkConformanceFile(path: string, options: CheckOptions): Promise<ConformanceResult> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  let passed = 0;
  const failures: LineFailure[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    const failure = checkLine(text, index + 1, options);
    if (failure === null) passed += 1;
    else failures.push(failure);
  });
  return { passed, failures };
}

function checkLine(text: string, line: number, options: CheckOptions): LineFailure | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { line, url: text.slice(0, 200), mismatches: [], problem: 'not valid JSON' };
  }
  const parsed = conformanceLineSchema.safeParse(json);
  if (!parsed.success) return { line, url: text.slice(0, 200), mismatches: [], problem: `not a conformance line: ${parsed.error.issues[0]?.message ?? ''}` };
  const { url, advancedOptions, duplicati } = parsed.data;
  const reading = readDestinationUrlAs('master', url, { workingDirectory: options.workingDirectory, ...(advancedOptions ? { advancedOptions } : {}) });
  const mismatches = compareReading(duplicati, reading);
  return mismatches.length === 0 ? null : { line, url, mismatches };
}
