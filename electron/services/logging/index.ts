// Logging without secrets: the secrets known so far and the redaction that keeps them out of log lines.
export { createKnownSecrets, type SecretSink } from './known-secrets';
export { describeErrorForLog, redactSecrets } from './redact-secrets';
