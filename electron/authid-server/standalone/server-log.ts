import type { ProviderOutcome } from '../provider-requests';
import type { RequestRecord } from '../request-handler';

export type LogLevel = 'info' | 'warn' | 'error';

/** One line per event, prefixed with the time and level. Callers pass only text without secrets. */
export interface ServerLog {
  line(level: LogLevel, message: string): void;
}

export function streamLog(stream: NodeJS.WritableStream, now: () => Date = () => new Date()): ServerLog {
  return { line: (level, message) => void stream.write(`${now().toISOString()} ${level} ${message}\n`) };
}

/** A request as logged: route, status, time; never the query (AuthIDs, tokens, codes). */
export function requestLine(request: RequestRecord): string {
  return `${request.method} ${request.route} ${request.status} ${request.durationMs}ms`;
}

/** A failed token request as logged: provider, grant, and what the provider said (status, OAuth error code). */
export function providerLine(outcome: Extract<ProviderOutcome, { ok: false }>): string {
  return `provider ${outcome.providerId}: ${outcome.grant} ${outcome.error.message}`;
}
