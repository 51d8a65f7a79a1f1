import type { ServerClock } from './clock';

interface Slot<T> {
  readonly value: T;
  readonly expiresAt: number;
}

/**
 * A bounded map whose entries vanish at their expiry (fetch tokens, login states, cached
 * access tokens). When full it drops expired entries, then the oldest, so a flood of
 * registrations cannot grow memory without limit.
 */
export class ExpiringMap<T> {
  readonly #slots = new Map<string, Slot<T>>();

  constructor(
    private readonly clock: ServerClock,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): T | undefined {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    if (slot.expiresAt <= this.clock.now()) {
      this.#slots.delete(key);
      return undefined;
    }
    return slot.value;
  }

  /** Milliseconds until `key` expires, or undefined when absent. */
  remaining(key: string): number | undefined {
    const slot = this.#slots.get(key);
    return slot && this.get(key) !== undefined ? slot.expiresAt - this.clock.now() : undefined;
  }

  set(key: string, value: T, ttlMs: number): void {
    this.#slots.delete(key);
    if (this.#slots.size >= this.maxEntries) this.#makeRoom();
    this.#slots.set(key, { value, expiresAt: this.clock.now() + ttlMs });
  }

  /** Removes and returns a live entry (one-shot use, e.g. a login state). */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.#slots.delete(key);
    return value;
  }

  #makeRoom(): void {
    const now = this.clock.now();
    for (const [key, slot] of this.#slots) if (slot.expiresAt <= now) this.#slots.delete(key);
    const oldest = this.#slots.keys().next();
    if (this.#slots.size >= this.maxEntries && !oldest.done) this.#slots.delete(oldest.value);
  }
}
