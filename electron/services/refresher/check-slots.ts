/**
 * Admission for checks: at most `total` at once, and at most `perServer` against one server, so
 * a long list never floods a single AuthID server. Waiters start in arrival order as room frees.
 */
type Release = () => void;

export interface CheckSlots {
  /** Resolves with a release once there is room, or with undefined when `dropQueued` ran first. */
  acquire(server: string): Promise<Release | undefined>;
  /** Lets every waiter go without a slot (stopping); running checks keep theirs. */
  dropQueued(): void;
}

interface Waiter {
  readonly server: string;
  readonly admit: (release: Release | undefined) => void;
}

export function createCheckSlots(total: number, perServer: number): CheckSlots {
  const active = new Map<string, number>();
  let running = 0;
  let queue: Waiter[] = [];

  const hasRoom = (server: string): boolean => running < total && (active.get(server) ?? 0) < perServer;
  const take = (server: string): Release => {
    running += 1;
    active.set(server, (active.get(server) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running -= 1;
      const left = (active.get(server) ?? 1) - 1;
      if (left === 0) active.delete(server);
      else active.set(server, left);
      admitNext();
    };
  };
  const admitNext = (): void => {
    const index = queue.findIndex((waiter) => hasRoom(waiter.server));
    if (index === -1) return;
    const [waiter] = queue.splice(index, 1);
    waiter?.admit(take(waiter.server));
  };

  return {
    acquire: (server) => {
      if (queue.length === 0 && hasRoom(server)) return Promise.resolve(take(server));
      return new Promise((admit) => queue.push({ server, admit }));
    },
    dropQueued: () => {
      const dropped = queue;
      queue = [];
      for (const waiter of dropped) waiter.admit(undefined);
    },
  };
}
