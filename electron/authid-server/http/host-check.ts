const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** Whether an interface address to bind is this machine only. */
export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The `Host` values the server answers to: loopback names with its port, its public host, and
 * the hosts a standalone config lists (needed to be reached from other machines).
 */
export function allowedHosts(port: number, publicBaseUrl: string | undefined, extra: readonly string[] = []): Set<string> {
  const hosts = new Set<string>();
  for (const name of LOOPBACK_NAMES) {
    hosts.add(`${name}:${port}`);
    if (port === 80) hosts.add(name);
  }
  if (publicBaseUrl !== undefined) hosts.add(new URL(publicBaseUrl).host);
  for (const host of extra) hosts.add(host.toLowerCase());
  return hosts;
}

/** The origins of pages this server serves itself, one per allowed `Host`. */
export function ownOrigins(hosts: ReadonlySet<string>, publicBaseUrl: string | undefined): Set<string> {
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  if (publicBaseUrl !== undefined) origins.add(new URL(publicBaseUrl).origin);
  return origins;
}

/** Guards against DNS rebinding: a page on another name that resolves to 127.0.0.1 is refused. */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase());
}
