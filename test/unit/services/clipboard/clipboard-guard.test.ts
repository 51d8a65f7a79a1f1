import { describe, expect, it } from 'vitest';
import { createClipboardGuard } from '../../../../electron/services/clipboard/clipboard-guard';
import type { Timers } from '../../../../electron/services/time';
import type { ClipboardPort } from '../../../../electron/services/clipboard/clipboard-port';

/** A clipboard that holds text, like the system one; `gate` holds back reads to interleave work. */
class FakeClipboard implements ClipboardPort {
  text = 'before';
  writes: string[] = [];
  gate: Promise<void> | undefined;
  async writeText(text: string) {
    this.writes.push(text);
    this.text = text;
  }
  async readText() {
    await this.gate;
    return this.text;
  }
}

/** Timers that run only when the test advances its clock. */
class ManualTimers implements Timers {
  now = Date.parse('2025-03-01T12:00:00.000Z');
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  private next = 0;
  setTimeout(callback: () => void, ms: number) {
    this.next += 1;
    this.due.set(this.next, { at: this.now + ms, callback });
    return this.next;
  }
  clearTimeout(handle: unknown) {
    this.due.delete(handle as number);
  }
  get scheduled() {
    return this.due.size;
  }
  async advance(ms: number) {
    this.now += ms;
    for (const [handle, timer] of [...this.due]) {
      if (timer.at <= this.now) {
        this.due.delete(handle);
        timer.callback();
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function setup() {
  const clipboard = new FakeClipboard();
  const timers = new ManualTimers();
  const errors: unknown[] = [];
  const guard = createClipboardGuard({ clipboard, timers, clock: { now: () => timers.now }, onError: (e) => errors.push(e) });
  return { clipboard, timers, guard, errors };
}

describe('clipboard guard', () => {
  it('clears the copied secret after the delay and says when', async () => {
    const { clipboard, timers, guard } = setup();
    expect(await guard.copySecret('secret-1', 60)).toEqual({ clearsAt: '2025-03-01T12:01:00.000Z' });
    expect(clipboard.text).toBe('secret-1');
    await timers.advance(59_999);
    expect(clipboard.text).toBe('secret-1');
    await timers.advance(1);
    expect(clipboard.text).toBe('');
  });

  it('leaves the clipboard alone if the user copied something else meanwhile', async () => {
    const { clipboard, timers, guard } = setup();
    await guard.copySecret('secret-1', 60);
    clipboard.text = 'user text';
    await timers.advance(60_000);
    expect(clipboard.text).toBe('user text');
    expect(clipboard.writes).toEqual(['secret-1']);
  });

  it('a newer copy cancels the older timer and gets its own', async () => {
    const { clipboard, timers, guard } = setup();
    await guard.copySecret('secret-1', 60);
    await timers.advance(30_000);
    await guard.copySecret('secret-2', 60);
    expect(timers.scheduled).toBe(1);
    await timers.advance(30_000);
    expect(clipboard.text).toBe('secret-2');
    await timers.advance(30_000);
    expect(clipboard.text).toBe('');
  });

  it('never clears when the delay is 0', async () => {
    const { clipboard, timers, guard } = setup();
    expect(await guard.copySecret('secret-1', 0)).toEqual({ clearsAt: null });
    expect(timers.scheduled).toBe(0);
    await guard.dispose();
    expect(clipboard.text).toBe('secret-1');
    await expect(guard.copySecret('x', -1)).rejects.toThrow(RangeError);
  });

  it('a clear already reading the clipboard backs off when a new copy arrives', async () => {
    const { clipboard, timers, guard } = setup();
    await guard.copySecret('secret-1', 60);
    let release = () => {};
    clipboard.gate = new Promise((resolve) => (release = resolve));
    await timers.advance(60_000); // the clear is now waiting on readText
    clipboard.gate = undefined;
    const copying = guard.copySecret('secret-1', 60);
    release();
    await copying;
    await new Promise((resolve) => setImmediate(resolve));
    expect(clipboard.text).toBe('secret-1');
    expect(timers.scheduled).toBe(1);
  });

  it('dispose cancels the timer and clears a pending secret that is still there', async () => {
    const { clipboard, timers, guard } = setup();
    await guard.copySecret('secret-1', 60);
    await guard.dispose();
    expect(clipboard.text).toBe('');
    expect(timers.scheduled).toBe(0);

    await guard.copySecret('secret-2', 60);
    clipboard.text = 'user text';
    await guard.dispose();
    expect(clipboard.text).toBe('user text');
  });

  it('reports a failed clear without the secret', async () => {
    const { clipboard, timers, guard, errors } = setup();
    await guard.copySecret('secret-1', 1);
    clipboard.readText = async () => {
      throw new Error('clipboard busy');
    };
    await timers.advance(1000);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).not.toContain('secret-1');
  });
});
