/**
 * `npm run bench`: runs every file in ./metrics one after another (they share two cores, so
 * running them side by side would skew each other), prints the table and writes docs/bench.
 * Missed goals never fail the run; only a metric that crashes sets a non-zero exit code.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-row';
import { describeRun, runMarkdown, writeReport } from './report/write-report';

type Measure = () => Promise<BenchRow[]>;

const METRICS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'metrics');

async function metricFiles(): Promise<string[]> {
  const names = await readdir(METRICS_DIR);
  return names.filter((name) => name.endsWith('.ts')).sort();
}

async function runMetric(file: string): Promise<BenchRow[]> {
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(METRICS_DIR, file)).href)) as { default?: Measure };
    if (typeof module.default !== 'function') throw new Error('no default export measure()');
    return await module.default();
  } catch (error) {
    process.exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    return [{ metric: file, baseline: '—', measured: 'not measured', ratio: null, goal: '—', met: null, note: `crashed: ${message.split('\n')[0]}` }];
  } finally {
    console.error(`bench: ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

const startedAt = new Date();
const rows: BenchRow[] = [];
for (const file of await metricFiles()) rows.push(...(await runMetric(file)));
const run = describeRun(startedAt, rows);
await writeReport(run);
console.log(runMarkdown(run));
// The e2e host keeps its renderer server for the life of the process, as tests want; end here.
process.exit();
