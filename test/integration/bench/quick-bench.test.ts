/**
 * The CI smoke run of the bench (`npm run bench -- --quick`, run in-process): every row is
 * produced with a figure, a spread and a verdict. Its goals are not judged here: speed targets
 * live only in `npm run bench`, as ratios against floors measured in the same run.
 */
import { describe, expect, it } from 'vitest';
import { runMetrics } from '../../bench/run-metrics';

/** Every row the bench must print; a new row is added here too (docs/bench/README.md). */
const EXPECTED_ROWS = [
  'app-core-ready',
  'capture-latency',
  'capture-vs-old-cadence',
  'duplicati-scan',
  'filter-keystroke',
  'idle-heap',
  'idle-timers',
  'refresh-throughput',
  'refresh-uncached',
  'refresher-cpu',
  'refresher-peak',
  'refresher-wall',
  'renderer-bundle',
  'vault-load',
  'window-first-render',
  'window-heap',
];

describe('npm run bench -- --quick', () => {
  it('produces every row with a figure, a spread and a verdict', { timeout: 240_000 }, async () => {
    const rows = await runMetrics({ quick: true });
    expect(rows.filter((row) => row.verdict === 'not measured').map((row) => `${row.id}: ${row.note ?? ''}`)).toEqual([]);
    expect(rows.map((row) => row.id).sort()).toEqual(EXPECTED_ROWS);
    for (const row of rows) {
      expect(Number.isFinite(row.ratio), row.id).toBe(true);
      expect(row.spread, row.id).toMatch(/^±\d+(\.\d)?% \(n=\d+\)$/);
      expect(['met', 'missed', 'noisy', 'reported'], row.id).toContain(row.verdict);
    }
  });
});
