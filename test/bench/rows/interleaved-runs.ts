/**
 * Repetitions of a measured run and its floor (and any companions) taken in turn, so drifting
 * load on a shared machine hits each alike. The order rotates every round (AB, BA, …) so no run
 * always goes first; warm-up rounds are thrown away.
 */
export interface InterleaveOptions {
  readonly rounds: number;
  readonly warmup?: number;
  /** For long runs: names a line on stderr as each round starts. */
  readonly progress?: string;
}

/** Each run's results, in round order. */
export type RunResults<R> = { [K in keyof R]: R[K][] };

export async function interleavedRuns<R extends Record<string, unknown>>(
  runs: { readonly [K in keyof R]: () => Promise<R[K]> },
  { rounds, warmup = 1, progress }: InterleaveOptions,
): Promise<RunResults<R>> {
  const names = Object.keys(runs) as (keyof R & string)[];
  const results = Object.fromEntries(names.map((name) => [name, []])) as unknown as RunResults<R>;
  for (let round = 0; round < warmup + rounds; round += 1) {
    if (progress !== undefined) console.error(`bench: ${progress} round ${round + 1} of ${warmup + rounds}`);
    for (let turn = 0; turn < names.length; turn += 1) {
      const name = names[(round + turn) % names.length]!;
      const result = await runs[name]();
      if (round >= warmup) results[name].push(result);
    }
  }
  return results;
}
