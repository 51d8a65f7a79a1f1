import { describe, expect, it } from 'vitest';
import { askStatusNotifierWatcher, detectTrayHost, type RunCommand } from '../../../electron/adapters/tray-host-probe';

describe('askStatusNotifierWatcher', () => {
  it('asks gdbus first', async () => {
    const calls: string[] = [];
    const run: RunCommand = async (file, args) => {
      calls.push(file);
      expect(args).toContain('org.kde.StatusNotifierWatcher');
      return '(true,)\n';
    };
    expect(await askStatusNotifierWatcher(run)).toBe(true);
    expect(calls).toEqual(['gdbus']);
  });

  it('falls back to dbus-send, then to "unknown"', async () => {
    const viaDbusSend: RunCommand = async (file) => {
      if (file === 'gdbus') throw new Error('spawn gdbus ENOENT');
      return '   boolean false\n';
    };
    expect(await askStatusNotifierWatcher(viaDbusSend)).toBe(false);
    expect(await askStatusNotifierWatcher(async () => Promise.reject(new Error('no bus')))).toBeUndefined();
  });

  it('runs the real tools without throwing, whatever this machine has', async () => {
    expect([true, false, undefined]).toContain(await askStatusNotifierWatcher());
  });
});

describe('detectTrayHost', () => {
  const noWait = async () => undefined;

  it('does not ask the bus outside Linux', async () => {
    const ask = async (): Promise<boolean | undefined> => {
      throw new Error('should not ask');
    };
    expect(await detectTrayHost({ platform: 'win32', env: {}, ask })).toBe(true);
  });

  it('asks again while the panel may still be starting, then trusts a watcher that appears', async () => {
    const answers = [false, false, true];
    const waits: number[] = [];
    const found = await detectTrayHost({
      platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'GNOME' }, ask: async () => answers.shift(),
      wait: async (ms) => {
        waits.push(ms);
      },
      retryDelayMs: 10,
    });
    expect(found).toBe(true);
    expect(waits).toEqual([10, 10]);
  });

  it('gives up after the attempts and decides by desktop', async () => {
    let asked = 0;
    const ask = async () => {
      asked += 1;
      return false;
    };
    expect(await detectTrayHost({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'GNOME' }, ask, attempts: 3, wait: noWait })).toBe(false);
    expect(asked).toBe(3);
  });

  it('falls back to the desktop heuristic when the bus cannot be asked', async () => {
    const ask = async () => undefined;
    expect(await detectTrayHost({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'GNOME' }, ask, wait: noWait })).toBe(false);
    expect(await detectTrayHost({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'KDE' }, ask, wait: noWait })).toBe(true);
  });
});
