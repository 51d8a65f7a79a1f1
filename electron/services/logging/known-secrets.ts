/**
 * The exact secrets this run has handled (every AuthID the vault stored or decrypted), so that a
 * log line holding one is masked whatever it looks like: patterns only catch the usual shapes.
 * The vault feeds it; main's log and error descriptions scrub with it.
 */

/** Shorter values match ordinary text by chance. */
const MIN_LENGTH = 8;

export interface SecretSink {
  remember(secret: string): void;
}

export interface KnownSecrets extends SecretSink {
  /** `text` with every known secret, raw or percent-encoded (once or twice), replaced by `[redacted]`. */
  scrub(text: string): string;
}

export function createKnownSecrets(): KnownSecrets {
  const forms = new Set<string>();
  return {
    remember(secret) {
      if (secret.length < MIN_LENGTH) return;
      const once = encodeURIComponent(secret);
      for (const form of [secret, once, encodeURIComponent(once)]) forms.add(form);
    },
    scrub(text) {
      let out = text;
      // Longest first, so a secret's encoded form is not half-replaced by a shorter one.
      for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join('[redacted]');
      return out;
    },
  };
}
