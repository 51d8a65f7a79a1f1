/** A row's goal as data, so every metric words and judges goals alike. */

export interface Goal {
  readonly text: string;
  /** What the goal limits: the ratio to the floor, or the measured figure itself. */
  readonly on: 'ratio' | 'measured';
  /** null: a figure that is reported, not judged. */
  readonly meets: ((value: number) => boolean) | null;
}

export const ratioAtMost = (limit: number): Goal => ({ text: `≤ ${limit}×`, on: 'ratio', meets: (ratio) => ratio <= limit });

export const ratioAtLeast = (limit: number, suffix = ''): Goal => ({ text: `≥ ${limit}×${suffix}`, on: 'ratio', meets: (ratio) => ratio >= limit });

/** An absolute limit on the measured figure (a frame budget, a cap), worded by the caller. */
export const measuredAtMost = (limit: number, text: string): Goal => ({ text, on: 'measured', meets: (value) => value <= limit });

export const measuredExactly = (count: number, text: string): Goal => ({ text, on: 'measured', meets: (value) => value === count });

export const reported: Goal = { text: 'reported', on: 'ratio', meets: null };
