/** The results as a markdown table; a missed goal is spelled out, not just marked. */
import type { BenchRow, Verdict } from '../bench-row';

const HEADER = ['Metric', 'Floor', 'Measured', 'Ratio', 'Spread', 'Goal', 'Verdict', 'Note'];

const VERDICTS: Readonly<Record<Verdict, string>> = {
  met: 'yes',
  missed: '**MISSED**',
  noisy: 'noisy',
  reported: '—',
  'not measured': '**NOT MEASURED**',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [HEADER, HEADER.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of rows) {
    const ratio = row.ratio === null ? '—' : `${row.ratio}×`;
    const cells = [row.metric, row.baseline, row.measured, ratio, row.spread, row.goal, VERDICTS[row.verdict], row.note ?? ''];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
