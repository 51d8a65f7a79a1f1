/**
 * Which AuthIDs the user copied from the tray, the last first, kept in a document next to the
 * settings so the tray's order survives a restart. Record ids only: never a label or a secret.
 */
import { z } from 'zod';
import { openDocument, type DocumentBackend, type DocumentSpec } from '../document-store';
import { systemClock, type Clock } from '../time';

/** Far more than a menu shows; older ones drop off. */
const MAX_KEPT = 100;

const schema = z.object({ ids: z.array(z.string().min(1).max(64)).max(MAX_KEPT) });

const RECENTLY_USED_SPEC: DocumentSpec<typeof schema> = {
  name: 'tray-recently-used',
  version: '1.0.0',
  schema,
  defaults: { ids: [] },
};

export interface RecentlyUsed {
  /** As saved last, the last used first. */
  readonly ids: readonly string[];
  /** A write that fails goes to `onError`: the tray keeps its order for this run anyway. */
  save(ids: readonly string[]): void;
}

export interface RecentlyUsedDeps {
  readonly backend: DocumentBackend;
  readonly onError: (error: unknown) => void;
  readonly clock?: Pick<Clock, 'now'>;
}

export function openRecentlyUsed(deps: RecentlyUsedDeps): RecentlyUsed {
  const { store, document } = openDocument(deps.backend, RECENTLY_USED_SPEC, deps.clock ?? systemClock);
  return {
    ids: document.ids,
    save: (ids) => {
      try {
        store.write({ ids: ids.slice(0, MAX_KEPT) });
      } catch (error) {
        deps.onError(error);
      }
    },
  };
}
