export interface BenchRow { metric: string; baseline: string; measured: string; ratio: number | null; goal: string; met: boolean | null; note?: string }
