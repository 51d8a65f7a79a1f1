import type { ServerClock } from './clock';

interface Slot<T> {
  readonly value: T;
  readonly expiresAt: number;
  readonly owner: string | undefined;
}

export interface MapLimits {
  /** Live entries the map holds at most. */
  readonly maxEntries?: number;
  /** Live entries one owner (a client address) may hold at most. */
  readonly maxPerOwner?: number;
}

const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * A bounded map whose entries vanish at their expiry (fetch tokens, login states, cached
 * access tokens). When full it refuses new entries instead of dropping old ones, so a flood
 * cannot push out a login that is under way; a per-owner share keeps one client from taking
 * the whole map.
 */
export class ExpiringMap<T> {
  readonly #slots = new Map<string, Slot<T>>();
  readonly #owned = new Map<string, Set<string>>();
  readonly #maxEntries: number;
  readonly #maxPerOwner: number;

  constructor(
    private readonly clock: ServerClock,
    limits: MapLimits = {},
  ) {
    this.#maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#maxPerOwner = limits.maxPerOwner ?? this.#maxEntries;
  }

  get(key: string): T | undefined {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    if (slot.expiresAt <= this.clock.now()) {
      this.#remove(key);
      return undefined;
    }
    return slot.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Milliseconds until `key` expires, or undefined when absent. */
  remaining(key: string): number | undefined {
    const slot = this.#slots.get(key);
    return slot && this.get(key) !== undefined ? slot.expiresAt - this.clock.now() : undefined;
  }

  /**
   * Adds an entry, or replaces a live one (which keeps its owner and never counts as new).
   * False when the map, or the owner's share of it, is full.
   */
  set(key: string, value: T, ttlMs: number, owner?: string): boolean {
    const existing = this.get(key) === undefined ? undefined : this.#slots.get(key);
    if (!existing && !this.#hasRoomFor(owner)) return false;
    const keptOwner = existing ? existing.owner : owner;
    this.#remove(key);
    this.#slots.set(key, { value, expiresAt: this.clock.now() + ttlMs, owner: keptOwner });
    if (keptOwner !== undefined) {
      const keys = this.#owned.get(keptOwner) ?? new Set<string>();
      keys.add(key);
      this.#owned.set(keptOwner, keys);
    }
    return true;
  }

  /** Removes and returns a live entry (one-shot use, e.g. a login state). */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.#remove(key);
    return value;
  }

  #hasRoomFor(owner: string | undefined): boolean {
    if (this.#slots.size >= this.#maxEntries) this.#dropExpiredFromFront();
    if (this.#slots.size >= this.#maxEntries) return false;
    const keys = owner === undefined ? undefined : this.#owned.get(owner);
    if (!keys || keys.size < this.#maxPerOwner) return true;
    for (const key of [...keys]) this.get(key);
    return keys.size < this.#maxPerOwner;
  }

  /** Entries are kept in insertion order, so the expired ones are mostly at the front. */
  #dropExpiredFromFront(): void {
    const now = this.clock.now();
    for (const [key, slot] of this.#slots) {
      if (slot.expiresAt > now) return;
      this.#remove(key);
    }
  }

  #remove(key: string): void {
    const slot = this.#slots.get(key);
    if (!slot) return;
    this.#slots.delete(key);
    if (slot.owner === undefined) return;
    const keys = this.#owned.get(slot.owner);
    keys?.delete(key);
    if (keys?.size === 0) this.#owned.delete(slot.owner);
  }
}
