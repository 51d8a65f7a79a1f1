// The folder that tells test files of one run whether the app was built is new for every run and
// gone after it, so no later run (of this checkout or another) can take an old build for its own.
import { existsSync } from 'node:fs';
import { describe, expect, it  } from 'vitest';
import type { TestProject } from 'vitest/node';
import setup from '../setup/build-once-per-run';

function run(): { dir: string; teardown: () => void } {
  let dir = '';
  const teardown = setup({ provide: (_key: string, value: string) => void (dir = value) } as unknown as TestProject);
  return { dir, teardown };
}

describe('the per-run build folder', () => {
  it('is new for each run and removed when the run ends', () => {
    const first = run();
    const second = run();
    expect(first.dir).not.toBe(second.dir);
    expect(existsSync(first.dir)).toBe(true);
    first.teardown();
    second.teardown();
    expect(existsSync(first.dir) || existsSync(second.dir)).toBe(false);
  });
});
