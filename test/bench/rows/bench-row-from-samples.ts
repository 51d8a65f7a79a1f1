/**
 * Turns paired repetitions (a floor and the measured figure, taken back to back) into a table
 * row with the same rules for every metric: ratio = median of the per-repetition ratios, spread
 * and verdict from the quartiles of what the goal judges (see Verdict).
 */
import type { BenchRow, Verdict } from '../bench-row';
import { median, quartiles } from '../support/stats';
import type { Goal } from './goal';

export interface PairedSamples {
  readonly baseline: readonly number[];
  readonly measured: readonly number[];
}

export interface RowSpec {
  readonly id: string;
  readonly metric: string;
  /** What the floor is, e.g. `hello world`; its median is appended. */
  readonly baselineName: string;
  readonly samples: PairedSamples;
  readonly format: (value: number) => string;
  readonly goal: Goal;
  /** Default measured ÷ baseline; `baseline/measured` for "how many times sooner". */
  readonly ratio?: 'measured/baseline' | 'baseline/measured';
  readonly note?: string;
}

function verdictOf(goal: Goal, judged: readonly number[], headline: number): Verdict {
  if (goal.meets === null) return 'reported';
  if (goal.meets(headline)) return 'met';
  const { q1, q3 } = quartiles(judged);
  return goal.meets(q1) || goal.meets(q3) ? 'noisy' : 'missed';
}

function spreadOf(judged: readonly number[]): string {
  const { q1, q3 } = quartiles(judged);
  const middle = median(judged);
  const relative = middle === 0 ? 0 : (q3 - q1) / 2 / Math.abs(middle);
  return `±${(relative * 100).toFixed(relative < 0.1 ? 1 : 0)}% (n=${judged.length})`;
}

export function rowFromSamples(spec: RowSpec): BenchRow {
  const { baseline, measured } = spec.samples;
  if (measured.length === 0 || measured.length !== baseline.length) throw new Error(`${spec.id}: ${measured.length} measured samples for ${baseline.length} baseline ones`);
  const inverse = spec.ratio === 'baseline/measured';
  const ratios = measured.map((value, index) => (inverse ? baseline[index]! / value : value / baseline[index]!));
  const ratio = median(ratios);
  const judged = spec.goal.on === 'ratio' ? ratios : measured;
  const headline = spec.goal.on === 'ratio' ? ratio : median(measured);
  return {
    id: spec.id,
    metric: spec.metric,
    baseline: `${spec.baselineName} ${spec.format(median(baseline))}`,
    measured: spec.format(median(measured)),
    ratio: Number(ratio.toPrecision(3)),
    spread: spreadOf(judged),
    goal: spec.goal.text,
    verdict: verdictOf(spec.goal, judged, headline),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    samples: { baseline: baseline.map(roundSample), measured: measured.map(roundSample) },
  };
}

const roundSample = (value: number): number => Number(value.toPrecision(4));

/** A floor that is a fixed figure (a frame budget, a cap), repeated to pair with each sample. */
export const fixedBaseline = (value: number, measured: readonly number[]): PairedSamples => ({ baseline: measured.map(() => value), measured });
