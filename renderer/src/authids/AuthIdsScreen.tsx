import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { AuthIdFilters } from './AuthIdFilters';
import { AuthIdRow } from './AuthIdRow';
import { EmptyState } from './EmptyState';
import { filterAuthIds, isFiltering, NO_FILTER } from './filter-authids';
import { ROWS_PER_PAGE } from './list-page';

interface AuthIdsScreenProps {
  readonly authIds: readonly AuthIdView[];
  readonly onOpen: (id: string) => void;
  readonly onAuthorize: () => void;
  readonly onPaste: () => void;
}

export function AuthIdsScreen({ authIds, onOpen, onAuthorize, onPaste }: AuthIdsScreenProps) {
  const [filter, setFilterState] = useState(NO_FILTER);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const setFilter = (next: typeof filter) => {
    setFilterState(next);
    setLimit(ROWS_PER_PAGE);
  };
  const checkAll = useAction(() => authids().checkAll());
  const shown = filterAuthIds(authIds, filter);

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
          <AuthIdFilters authIds={authIds} filter={filter} onChange={setFilter} />
          <p className="muted list-count" aria-live="polite">
            {isFiltering(filter) ? `Showing ${shown.length} of ${authIds.length} AuthIDs` : `${authIds.length} AuthID${authIds.length === 1 ? '' : 's'}`}
          </p>
          {shown.length > 0 ? (
            <ul className="authid-list" aria-label="AuthIDs">
              {shown.slice(0, limit).map((authId) => (
                <AuthIdRow key={authId.id} authId={authId} onOpen={onOpen} />
              ))}
            </ul>
          ) : null}
          {shown.length > limit ? (
            <button type="button" className="button button-secondary" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
              Show {Math.min(ROWS_PER_PAGE, shown.length - limit)} more of {shown.length - limit} not shown
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
