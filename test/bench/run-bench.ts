/**
 * `npm run bench`: every metric, then the table on stdout and in docs/bench/latest.{md,json}.
 * `npm run bench -- --quick`: every row small, a smoke run that only shows the rows are
 * produced; it prints the table and writes nothing. `--only <metric>` (repeatable; a file name
 * in ./metrics without `.ts`) runs just those metrics and writes nothing either. Missed goals
 * never fail the run; a metric that crashes sets a non-zero exit code.
 */
import { parseArgs } from 'node:util';
import { describeRun, runMarkdown, writeReport } from './report/write-report';
import { runMetrics } from './run-metrics';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } } });
const quick = values.quick === true;
const only = values.only;

const startedAt = new Date();
const rows = await runMetrics({ quick, ...(only === undefined ? {} : { only }) });
const run = describeRun(startedAt, rows);
// Only a full run stands for the whole app.
if (!quick && only === undefined) await writeReport(run);
console.log(runMarkdown(run));
if (rows.some((row) => row.verdict === 'not measured')) process.exitCode = 1;
// Chromium pages and servers are closed by each metric; end here rather than wait on stray handles.
process.exit();
