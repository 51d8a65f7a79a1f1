/**
 * Runs every file in ./metrics one after another (they share two cores, so running them side
 * by side would skew each other). A metric that crashes gives one "not measured" row.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchContext, BenchOptions, BenchRow } from './bench-row';
import type { Browser } from 'playwright-core';
import { startServerProcess, type ServerProcess } from './servers/server-process';
import { launchUnthrottledChromium } from './support/unthrottled-chromium';

export type Measure = (bench: BenchContext) => Promise<BenchRow[]>;

const METRICS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'metrics');

export async function metricFiles(only?: readonly string[]): Promise<string[]> {
  const names = (await readdir(METRICS_DIR)).filter((name) => name.endsWith('.ts')).sort();
  if (only === undefined) return names;
  const known = names.map((name) => name.replace(/\.ts$/, ''));
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`no metric ${unknown.join(', ')}; the metrics are ${known.join(', ')}`);
  return names.filter((name) => only.includes(name.replace(/\.ts$/, '')));
}

async function runMetric(file: string, bench: BenchContext): Promise<BenchRow[]> {
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(METRICS_DIR, file)).href)) as { default?: Measure };
    if (typeof module.default !== 'function') throw new Error('no default export measure()');
    return await module.default(bench);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const id = file.replace(/\.ts$/, '');
    return [{ id, metric: file, baseline: '—', measured: 'not measured', ratio: null, spread: '—', goal: '—', verdict: 'not measured', note: `crashed: ${message.split('\n')[0]}` }];
  } finally {
    console.error(`bench: ${file} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Closes what a run started, if it started at all. */
const closing = <T>(started: Promise<T> | undefined, close: (value: T) => Promise<void>): Promise<void> =>
  started?.then(close, () => undefined) ?? Promise.resolve();

/** One server process and one browser for the whole run: each costs seconds to start. */
export async function runMetrics(options: BenchOptions): Promise<BenchRow[]> {
  let servers: Promise<ServerProcess> | undefined;
  let browser: Promise<Browser> | undefined;
  const bench: BenchContext = {
    ...options,
    servers: () => (servers ??= startServerProcess()),
    browser: () => (browser ??= launchUnthrottledChromium()),
  };
  try {
    const rows: BenchRow[] = [];
    for (const file of await metricFiles(options.only)) rows.push(...(await runMetric(file, bench)));
    return rows;
  } finally {
    await Promise.all([closing(servers, (started) => started.close()), closing(browser, (started) => started.close())]);
  }
}
