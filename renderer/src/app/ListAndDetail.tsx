import type { ReactNode } from 'react';

interface ListAndDetailProps {
  readonly wide: boolean;
  readonly list: ReactNode;
  /** The selected AuthID's detail, or null when none is selected. */
  readonly detail: ReactNode;
}

/**
 * A narrow window shows the list or one AuthID's detail; a wide one shows both side by side.
 * The list keeps its place in the tree, so its search, sort and scroll survive a selection.
 */
export function ListAndDetail({ wide, list, detail }: ListAndDetailProps) {
  if (!wide) return <>{detail ?? list}</>;
  return (
    <div className="split-view">
      <section className="split-list" aria-label="AuthID list">
        {list}
      </section>
      <section className="split-detail" aria-label="Selected AuthID">
        {detail ?? <p className="split-placeholder">Choose an AuthID in the list to see its health, connection URL and destinations here.</p>}
      </section>
    </div>
  );
}
