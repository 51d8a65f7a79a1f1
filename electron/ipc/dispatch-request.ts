import type { z } from 'zod';
import { REQUESTS, type Envelope, type RequestHandlers, type RequestName } from './contract';
import { UserFacingError } from './user-facing-error';

const GENERIC_FAILURE =
  'Something went wrong inside AuthID Manager. Try again; if it keeps happening, restart the app.';

function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(REQUESTS, name);
}

/** zod's issue messages name paths and expectations, never the offending values. */
function describeInvalid(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request was not valid (${parts.join('; ')}).`;
}

/**
 * Validates one request against the contract and runs its handler. Never throws: every
 * outcome becomes an envelope whose error message is safe to show.
 */
export async function dispatchRequest(
  handlers: RequestHandlers,
  name: string,
  payload: unknown,
  onUnexpected: (error: unknown, request: string) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isRequestName(name)) {
    return { ok: false, error: { code: 'unknown-request', message: 'This request is not part of AuthID Manager.' } };
  }
  const parsed = REQUESTS[name].input.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: describeInvalid(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
    onUnexpected(error, name);
    return { ok: false, error: { code: 'internal', message: GENERIC_FAILURE } };
  }
}
