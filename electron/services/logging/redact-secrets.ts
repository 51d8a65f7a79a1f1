/**
 * Last line of defence for anything written to a log: masks every substring shaped like an
 * AuthID, a bearer token or an `authid=` query value. Code should not log secrets in the
 * first place; this catches the ones that slip in through third-party error messages.
 */
const PATTERNS: readonly RegExp[] = [
  /v2:[A-Za-z0-9.]+:[^\s"'<>&]+/g, // v2 AuthID
  /\b[0-9a-f]{16,}:[A-Za-z0-9!\-_.]{8,}/g, // v1 AuthID
  /(authid=)[^&\s"'<>]+/gi, // in a URL query
  /(X-AuthID:\s*)\S+/gi, // in a header dump
  /(Bearer\s+)[A-Za-z0-9\-._~+/=]+/gi,
  /("passphrase(?:Again)?"\s*:\s*")(?:[^"\\]|\\.)*/gi, // an export passphrase in a JSON payload: any characters
  /("?(?:access_token|refresh_token|id_token|code|authid|auth_token|client_secret)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
];

export function redactSecrets(text: string): string {
  return PATTERNS.reduce(
    (out, pattern) => out.replace(pattern, (_match, prefix?: string) => `${typeof prefix === 'string' ? prefix : ''}[redacted]`),
    text,
  );
}

/** A one-line description of an unexpected error, safe for a log. */
export function describeErrorForLog(error: unknown): string {
  if (error instanceof Error) return redactSecrets(`${error.name}: ${error.message}\n${error.stack ?? ''}`);
  return redactSecrets(String(error));
}
