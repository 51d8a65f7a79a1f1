import type { Server } from 'node:http';

/** Bounds on what one client can make the server hold: time, connections, pending logins. */
export interface ServerLimits {
  /** Until the request's headers are complete (slow-header attacks). */
  readonly headersTimeoutMs?: number;
  /** Until the whole request has arrived. */
  readonly requestTimeoutMs?: number;
  /** A connection with no traffic at all; longer than a provider call may take (25 s). */
  readonly idleTimeoutMs?: number;
  /** An idle keep-alive connection between requests. */
  readonly keepAliveTimeoutMs?: number;
  /** Open connections at once; further ones are closed at once. */
  readonly maxConnections?: number;
  readonly maxHeaderBytes?: number;
  /** Registered fetch tokens, and login states, each (refused when full, never evicted). */
  readonly maxPendingLogins?: number;
  /** The share of those one client address may hold. */
  readonly maxPendingLoginsPerClient?: number;
}

export const DEFAULT_SERVER_LIMITS: Readonly<Required<ServerLimits>> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
  maxHeaderBytes: 16 * 1024,
  maxPendingLogins: 2_000,
  maxPendingLoginsPerClient: 20,
};

export function resolveLimits(limits: ServerLimits = {}): Required<ServerLimits> {
  return { ...DEFAULT_SERVER_LIMITS, ...limits };
}

/** The `createServer` options for these limits; node checks the timeouts this often. */
export function serverOptions(limits: Required<ServerLimits>) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    maxHeaderSize: limits.maxHeaderBytes,
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

export function applyConnectionLimits(server: Server, limits: Required<ServerLimits>): void {
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // Without a 'timeout' listener node destroys the idle socket.
  server.setTimeout(limits.idleTimeoutMs);
}
