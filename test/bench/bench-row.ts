/** One line of the benchmark table, as printed and as written to docs/bench/latest.json. */
import type { Browser } from 'playwright-core';
import type { ServerProcess } from './servers/server-process';

/**
 * met: the median meets the goal. missed: it does not, and neither quartile of the repetitions
 * does. noisy: it does not, but a quartile does, so the spread is too wide to call it a miss.
 * reported: a figure with no goal. not measured: the metric crashed.
 */
export type Verdict = 'met' | 'missed' | 'noisy' | 'reported' | 'not measured';

export interface BenchRow {
  /** Stable across runs and wording changes; the quick-bench test looks rows up by it. */
  readonly id: string;
  readonly metric: string;
  /** The floor's name and its median, e.g. `hello world 64.9 ms`. */
  readonly baseline: string;
  readonly measured: string;
  /** Median of the per-repetition ratios; null only when not measured. */
  readonly ratio: number | null;
  /** Half the interquartile range of what the goal judges, relative to its median: `±4% (n=9)`. */
  readonly spread: string;
  readonly goal: string;
  readonly verdict: Verdict;
  readonly note?: string;
  /** Every repetition's figures, in the row's unit (JSON only). */
  readonly samples?: { readonly baseline: readonly number[]; readonly measured: readonly number[] };
}

export interface BenchOptions {
  /** Every row small: a smoke run that checks the rows are produced, not their goals. */
  readonly quick: boolean;
  /** Only these metrics (file names in ./metrics without `.ts`); all when omitted. */
  readonly only?: readonly string[];
}

/**
 * What each metric gets: the options, the run's one server process and one Chromium (frames not
 * tied to vsync), each started on first use and closed when the run ends.
 */
export interface BenchContext extends BenchOptions {
  servers(): Promise<ServerProcess>;
  browser(): Promise<Browser>;
}
