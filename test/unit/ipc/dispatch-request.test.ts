import { describe, expect, it } from 'vitest';
import type { RequestHandlers } from '../../../electron/ipc/contract';
import { dispatchRequest } from '../../../electron/ipc/dispatch-request';
import { UserFacingError } from '../../../electron/ipc/user-facing-error';

/** Handlers that record what they were called with; unlisted requests fail the test. */
function recordingHandlers(overrides: Partial<Record<keyof RequestHandlers, (input: unknown) => Promise<unknown>>>) {
  const calls: { name: string; input: unknown }[] = [];
  const handlers = new Proxy({} as RequestHandlers, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push({ name, input });
      const handler = overrides[name as keyof RequestHandlers];
      if (!handler) throw new Error(`unexpected call to ${name}`);
      return handler(input);
    },
  });
  return { handlers, calls };
}

describe('dispatchRequest', () => {
  it('runs the handler with the validated payload and wraps the answer', async () => {
    const { handlers, calls } = recordingHandlers({ rename: async () => undefined });
    const reply = await dispatchRequest(handlers, 'rename', { id: 'a1', label: '  Laptop  ' });
    expect(reply).toEqual({ ok: true, value: undefined });
    expect(calls).toEqual([{ name: 'rename', input: { id: 'a1', label: 'Laptop' } }]);
  });

  it('refuses unknown requests, including prototype names, without calling anything', async () => {
    const { handlers, calls } = recordingHandlers({});
    for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
      const reply = await dispatchRequest(handlers, name, undefined);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-request' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses malformed payloads with a message that names the field but not the value', async () => {
    const { handlers, calls } = recordingHandlers({});
    const secret = 'v2:dropbox:sl.SECRET+token/==';
    const cases: unknown[] = [
      undefined,
      null,
      'text',
      { id: 5, label: 'x' },
      { id: 'a', label: 'x', extra: secret },
      { id: secret.repeat(10), label: 'x' },
    ];
    for (const payload of cases) {
      const reply = await dispatchRequest(handlers, 'rename', payload);
      expect(reply.ok).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code).toBe('invalid-request');
      expect(reply.error.message).toMatch(/^The request was not valid/);
      expect(reply.error.message).not.toContain('SECRET');
    }
    expect(calls).toEqual([]);
  });

  it('passes user-facing errors through and hides anything else', async () => {
    const seen: unknown[] = [];
    const { handlers } = recordingHandlers({
      reveal: async () => {
        throw new UserFacingError('not-found', 'That AuthID is no longer in the vault.');
      },
      copyAuthId: async () => {
        throw new Error('decrypt failed for 0123456789abcdef:secretpassword');
      },
    });
    expect(await dispatchRequest(handlers, 'reveal', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That AuthID is no longer in the vault.' },
    });
    const hidden = await dispatchRequest(handlers, 'copyAuthId', { id: 'x' }, (error) => seen.push(error));
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secretpassword');
    expect(seen).toHaveLength(1);
  });

  it('accepts requests that take no payload only without one', async () => {
    const { handlers } = recordingHandlers({ checkAll: async () => undefined });
    expect(await dispatchRequest(handlers, 'checkAll', undefined)).toEqual({ ok: true, value: undefined });
    expect(await dispatchRequest(handlers, 'checkAll', { all: true })).toMatchObject({ ok: false });
  });
});
