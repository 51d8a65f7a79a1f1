/**
 * Which AuthID is which, without keeping AuthIDs: a keyed fingerprint (HMAC-SHA256 with a key of
 * this install) per AuthID, and for each of the app's AuthIDs the fingerprints of the values it
 * had before, so that backups still using an AuthID replaced by a re-authorization are recognised.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { HeldAuthIds } from '../ports';

const HISTORY_LIMIT = 10;

export interface KnowledgeSnapshot {
  readonly key: string;
  readonly history: Readonly<Record<string, readonly string[]>>;
}

export interface AuthIdMatch {
  readonly recordId: string;
  /** True when it is the record's AuthID now; false for one it had before. */
  readonly current: boolean;
}

export class AuthIdKnowledge {
  private readonly history = new Map<string, string[]>();
  private current = new Map<string, string>();

  constructor(private readonly key: Buffer, history: Readonly<Record<string, readonly string[]>> = {}) {
    for (const [recordId, prints] of Object.entries(history)) this.history.set(recordId, [...prints]);
  }

  static fresh(): AuthIdKnowledge {
    return new AuthIdKnowledge(randomBytes(32));
  }

  static from(snapshot: KnowledgeSnapshot): AuthIdKnowledge {
    return new AuthIdKnowledge(Buffer.from(snapshot.key, 'base64'), snapshot.history);
  }

  snapshot(): KnowledgeSnapshot {
    return { key: this.key.toString('base64'), history: Object.fromEntries(this.history) };
  }

  fingerprint(text: string): string {
    return createHmac('sha256', this.key).update(text, 'utf8').digest('base64url');
  }

  /** Fingerprints every readable AuthID the app holds now; returns true when the history changed. */
  async learn(held: HeldAuthIds): Promise<boolean> {
    const records = held.list();
    const current = new Map<string, string>();
    let changed = false;
    for (const recordId of [...this.history.keys()]) {
      if (records.some((r) => r.id === recordId)) continue;
      this.history.delete(recordId);
      changed = true;
    }
    for (const record of records) {
      if (record.secret !== 'available') continue;
      let print: string;
      try {
        print = this.fingerprint(await held.readSecret(record.id));
      } catch {
        continue;
      }
      current.set(print, record.id);
      const prints = this.history.get(record.id) ?? [];
      if (prints[0] !== print) {
        this.history.set(record.id, [print, ...prints.filter((p) => p !== print)].slice(0, HISTORY_LIMIT));
        changed = true;
      }
    }
    this.current = current;
    return changed;
  }

  match(print: string): AuthIdMatch | undefined {
    const now = this.current.get(print);
    if (now !== undefined) return { recordId: now, current: true };
    for (const [recordId, prints] of this.history) if (prints.includes(print)) return { recordId, current: false };
    return undefined;
  }

  /** Every fingerprint this record's AuthID has had, the current one first. */
  printsOf(recordId: string): readonly string[] {
    return this.history.get(recordId) ?? [];
  }
}
