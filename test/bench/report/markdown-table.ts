/** The results as a markdown table; a missed goal is spelled out, not just marked. */
import type { BenchRow } from '../bench-row';

const HEADER = ['Metric', 'Baseline', 'Measured', 'Ratio', 'Goal', 'Met', 'Note'];

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function verdict(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'yes' : '**MISSED**';
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [HEADER, HEADER.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of rows) {
    const ratio = row.ratio === null ? '—' : `${row.ratio}×`;
    const cells = [row.metric, row.baseline, row.measured, ratio, row.goal, verdict(row.met), row.note ?? ''];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
