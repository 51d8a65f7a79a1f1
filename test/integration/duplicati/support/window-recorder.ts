/**
 * Records everything the Duplicati service hands out — what the window would receive through
 * IPC — so that a test can prove no registered secret (AuthID, password, token) is in any of it.
 */
import { expect } from 'vitest';
import type { DuplicatiService } from '../../../../electron/services/duplicati';
import { secretsIn } from '../../../fixtures/leak-check/secret-registry';

/** Wraps the service's methods in place; every value they return is pushed onto `seen`. */
export function recordWindowValues(service: DuplicatiService, seen: unknown[]): void {
  service.onChange(() => seen.push(service.status(), service.overview(), service.undoHistory()));
  for (const name of Object.keys(service) as (keyof DuplicatiService)[]) {
    const original = service[name] as (...args: unknown[]) => unknown;
    (service as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const result = original(...args);
      if (result instanceof Promise) return result.then((value: unknown) => (seen.push(value), value));
      seen.push(result);
      return result;
    };
  }
}

/** Fails the test naming (masked) every registered secret found in what was handed out. */
export function expectNoSecretsIn(seen: readonly unknown[]): void {
  expect(seen.length).toBeGreaterThan(0);
  expect(secretsIn(JSON.stringify(seen)), 'secrets in values meant for the window').toEqual([]);
}
