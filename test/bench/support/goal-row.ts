/** Builds a BenchRow from a ratio and its goal, so every metric words and judges goals alike. */
import type { BenchRow } from '../bench-row';

export interface Goal {
  readonly text: string;
  /** null: a figure that is reported, not judged. */
  readonly met: (ratio: number) => boolean | null;
}

export const atMost = (limit: number, suffix = ''): Goal => ({ text: `≤ ${limit}×${suffix}`, met: (ratio) => ratio <= limit });
export const atLeast = (limit: number, suffix = ''): Goal => ({ text: `≥ ${limit}×${suffix}`, met: (ratio) => ratio >= limit });

export const exactly = (count: number, unit: string): Goal => ({ text: `exactly ${count} ${unit}`, met: (ratio) => ratio === count });
export const reportedOnly: Goal = { text: 'reported', met: () => null };

export interface GoalRowFields {
  readonly metric: string;
  readonly baseline: string;
  readonly measured: string;
  readonly ratio: number;
  readonly goal: Goal;
  readonly note?: string;
}

export function goalRow({ metric, baseline, measured, ratio, goal, note }: GoalRowFields): BenchRow {
  const rounded = Number(ratio.toPrecision(3));
  return { metric, baseline, measured, ratio: rounded, goal: goal.text, met: goal.met(ratio), ...(note === undefined ? {} : { note }) };
}
