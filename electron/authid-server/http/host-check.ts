/** The `Host` values the server answers to: loopback names with its port, plus its public host. */
export function allowedHosts(port: number, publicBaseUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
    hosts.add(`${name}:${port}`);
    if (port === 80) hosts.add(name);
  }
  if (publicBaseUrl !== undefined) hosts.add(new URL(publicBaseUrl).host);
  return hosts;
}

/** Guards against DNS rebinding: a page on another name that resolves to 127.0.0.1 is refused. */
export function isAllowedHost(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase());
}
