/** Order statistics over samples; benchmarks report medians, quartiles and tail percentiles, never means. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample at or above p percent of all samples.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Lower and upper quartile (nearest rank: with 3 samples the extremes, with 9 the 3rd and 7th). */
export const quartiles = (samples: readonly number[]): { readonly q1: number; readonly q3: number } => ({
  q1: percentile(samples, 25),
  q3: percentile(samples, 75),
});
