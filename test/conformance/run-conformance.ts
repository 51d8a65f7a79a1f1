/**
 * `npm run conformance -- <file.jsonl> [--working-directory <dir>]`: checks what the
 * "what Duplicati reads" module makes of every URL in the file against what Duplicati's own code
 * read, prints each mismatch with its URL, and ends with "N passed, M failed" (exit status 1
 * when any failed).
 */
import { parseArgs } from 'node:util';
import { checkConformanceFile, type LineFailure } from './check-conformance-file';

// The shared data was produced with Duplicati running here; its local-path lines name it.
const DATA_WORKING_DIRECTORY = '/tmp/url-diff/main/difftest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'working-directory': { type: 'string', default: DATA_WORKING_DIRECTORY } },
});

const [file] = positionals;
if (file === undefined || positionals.length > 1) {
  console.error('usage: npm run conformance -- <file.jsonl> [--working-directory <dir>]');
  process.exit(2);
}

const result = await checkConformanceFile(file, { workingDirectory: values['working-directory'] });
for (const failure of result.failures) console.log(describe(failure));
console.log(`${result.passed} passed, ${result.failures.length} failed`);
process.exitCode = result.failures.length === 0 ? 0 : 1;

function describe(failure: LineFailure): string {
  const head = `FAIL line ${failure.line}: ${JSON.stringify(failure.url)}`;
  if (failure.problem !== undefined) return `${head}\n  ${failure.problem}`;
  return [head, ...failure.mismatches.map((m) => `  ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`)].join('\n');
}
