import { useMemo, useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import type { LoginsById } from '../hooks/use-login-tracker';
import { LoginsContext } from '../login/logins-context';
import { AuthIdFilters } from './AuthIdFilters';
import { AuthIdRow } from './AuthIdRow';
import { EmptyState } from './EmptyState';
import { filterAuthIds, isFiltering, NO_FILTER } from './filter-authids';
import { ROWS_PER_PAGE } from './list-page';
import { listCountText, showMoreLabel } from './show-more';
import { sortAuthIds, type SortOrder } from './sort-authids';
import { useRovingRows } from './use-roving-rows';

const NO_LOGINS: LoginsById = {};

interface AuthIdsScreenProps {
  readonly authIds: readonly AuthIdView[];
  readonly onOpen: (id: string) => void;
  readonly onAuthorize: () => void;
  readonly onPaste: () => void;
  /** The AuthID whose detail is shown beside the list (wide windows). */
  readonly selectedId?: string | undefined;
  /** Every login's progress: a row shows the one its Re-authorize started. */
  readonly logins?: LoginsById;
}

export function AuthIdsScreen({ authIds, onOpen, onAuthorize, onPaste, selectedId, logins = NO_LOGINS }: AuthIdsScreenProps) {
  const [filter, setFilterState] = useState(NO_FILTER);
  const [sort, setSort] = useState<SortOrder>('problems');
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const setFilter = (next: typeof filter) => {
    setFilterState(next);
    setLimit(ROWS_PER_PAGE);
  };
  const checkAll = useAction(() => authids().checkAll());
  // Sorted once per list or order, then filtered (a stable sort keeps the filtered order the same): a keystroke does not sort again.
  const sorted = useMemo(() => sortAuthIds(authIds, sort), [authIds, sort]);
  const shown = useMemo(() => filterAuthIds(sorted, filter), [sorted, filter]);
  const drawn = shown.slice(0, limit);
  const roving = useRovingRows(drawn.map((authId) => authId.id));

  return (
    <>
      <div className="screen-title-row">
        <ScreenHeading>AuthIDs</ScreenHeading>
        {authIds.length > 0 ? (
          <BusyButton pending={checkAll.pending} pendingLabel="Checking all…" onClick={() => void checkAll.run()}>
            Check all
          </BusyButton>
        ) : null}
      </div>
      <ErrorMessage message={checkAll.error} />
      {authIds.length === 0 ? (
        <EmptyState onAuthorize={onAuthorize} onPaste={onPaste} />
      ) : (
        <>
          <AuthIdFilters authIds={authIds} filter={filter} onChange={setFilter} sort={sort} onSort={setSort} />
          <p className="muted list-count" aria-live="polite">
            {listCountText(drawn.length, shown.length, authIds.length, isFiltering(filter))}
          </p>
          {drawn.length > 0 ? (
            <LoginsContext value={logins}>
              <ul className="authid-list" aria-label="AuthIDs" onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
                {drawn.map((authId) => (
                  <AuthIdRow key={authId.id} authId={authId} onOpen={onOpen} tabStop={authId.id === roving.stopId} selected={authId.id === selectedId} />
                ))}
              </ul>
            </LoginsContext>
          ) : null}
          {shown.length > limit ? (
            <button type="button" className="button button-secondary show-more" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
              {showMoreLabel(shown.length - limit)}
            </button>
          ) : null}
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>No AuthID matches this search.</p>
              <button type="button" className="button button-secondary" onClick={() => setFilter(NO_FILTER)}>
                Clear search and filters
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
