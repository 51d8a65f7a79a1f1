/**
 * Times a baseline and a candidate in alternation (after warm-up rounds that are thrown away),
 * so drift in the machine's load hits both alike. Medians of each, in milliseconds.
 */
import { median } from './stats';
import { timed } from './timed';

export interface AlternatingResult {
  readonly baselineMs: number;
  readonly measuredMs: number;
}

export async function alternatingRuns(
  baseline: () => Promise<unknown>,
  measured: () => Promise<unknown>,
  rounds: number,
  warmup = 2,
): Promise<AlternatingResult> {
  const baselineTimes: number[] = [];
  const measuredTimes: number[] = [];
  for (let round = 0; round < warmup + rounds; round += 1) {
    const b = await timed(baseline);
    const m = await timed(measured);
    if (round < warmup) continue;
    baselineTimes.push(b);
    measuredTimes.push(m);
  }
  return { baselineMs: median(baselineTimes), measuredMs: median(measuredTimes) };
}
