/** Writes one run's rows as docs/bench/latest.json and latest.md (same figures in both). */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../bench-row';
import { markdownTable } from './markdown-table';

const OUT_DIR = 'docs/bench';

export interface BenchRun {
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly node: string; readonly platform: string };
  readonly rows: readonly BenchRow[];
}

export function describeRun(startedAt: Date, rows: readonly BenchRow[]): BenchRun {
  const cpus = os.cpus();
  return {
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` },
    rows,
  };
}

export function runMarkdown(run: BenchRun): string {
  const { machine } = run;
  return [
    '# Benchmark results',
    '',
    `Run ${run.startedAt} (${run.durationSeconds} s) on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.platform}.`,
    'Every ratio compares the measured figure with a floor measured in the same run, repetitions interleaved; ' +
      'ratio = median of the per-repetition ratios; verdicts and spread as [docs/bench/README.md](README.md) defines them. `npm run bench` regenerates this file.',
    '',
    markdownTable(run.rows),
    '',
  ].join('\n');
}

export async function writeReport(run: BenchRun): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(join(OUT_DIR, 'latest.md'), runMarkdown(run));
}
