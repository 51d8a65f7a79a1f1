/**
 * Origins the server may post an AuthID to: each must be exactly an http(s) origin
 * (`https://host[:port]`, no path), so `'*'` or a typo can never widen the list.
 */
export function trustedOriginSet(origins: readonly string[] = []): Set<string> {
  return new Set(origins.map((origin) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`not an origin (scheme://host[:port], nothing else): ${JSON.stringify(origin)}`);
    }
    return origin;
  }));
}
