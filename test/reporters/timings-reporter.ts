/**
 * A vitest reporter for `npm run test:timings`: each file's time (its tests and hooks) and each
 * test's share of its limit, slowest first, so a wait that creeps towards its limit shows before
 * it flakes. Add TIMINGS_JSON=<file> to also write the figures as JSON.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { experimental_getRunnerTask, type Reporter, type TestModule } from 'vitest/node';

interface FileTiming {
  readonly file: string;
  readonly ms: number;
}

interface TestTiming {
  readonly name: string;
  readonly ms: number;
  readonly limitMs: number;
}

const SHOWN = 10;

export default class TimingsReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const files: FileTiming[] = modules.map((m) => ({ file: relative(process.cwd(), m.moduleId), ms: m.diagnostic().duration }));
    const tests: TestTiming[] = modules.flatMap((m) =>
      [...m.children.allTests()].flatMap((test) => {
        const ms = test.diagnostic()?.duration;
        return ms === undefined ? [] : [{ name: `${relative(process.cwd(), m.moduleId)} > ${test.fullName}`, ms, limitMs: experimental_getRunnerTask(test).timeout }];
      }),
    );
    files.sort((a, b) => b.ms - a.ms);
    tests.sort((a, b) => b.ms / b.limitMs - a.ms / a.limitMs);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [
      '',
      `Slowest files (tests + hooks), ${Math.min(SHOWN, files.length)} of ${files.length}:`,
      ...files.slice(0, SHOWN).map((f) => `  ${seconds(f.ms).padStart(8)}  ${f.file}`),
      `Tests closest to their limit, ${Math.min(SHOWN, tests.length)} of ${tests.length}:`,
      ...tests.slice(0, SHOWN).map((t) => `  ${seconds(t.ms).padStart(8)} of ${seconds(t.limitMs).padStart(6)} (${Math.round((100 * t.ms) / t.limitMs)}%)  ${t.name}`),
    ];
    const over = tests.filter((t) => t.ms > t.limitMs / 2);
    lines.push(over.length === 0 ? 'Every test took less than half its limit.' : `${over.length} test(s) took more than half their limit (above).`, '');
    process.stdout.write(lines.join('\n'));
    if (process.env.TIMINGS_JSON) writeFileSync(process.env.TIMINGS_JSON, JSON.stringify({ files, tests }, null, 2));
  }
}
