// @vitest-environment happy-dom
// A long list draws one page of rows; "Show more" adds the next page; a new search starts over.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it  } from 'vitest';
import type { AuthIdView } from '../../../../electron/ipc/views';
import { AuthIdsScreen } from '../../../../renderer/src/authids/AuthIdsScreen';
import { ROWS_PER_PAGE } from '../../../../renderer/src/authids/list-page';

afterEach(cleanup);

const view = (index: number): AuthIdView => ({
  id: `id-${index}`,
  label: `${index % 2 === 0 ? 'Photos' : 'Laptop'} ${index}`,
  provider: 'dropbox',
  providerName: 'Dropbox',
  serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
  kind: 'v1',
  masked: '0123…:••••••••abcd',
  created: '2026-01-01T00:00:00Z',
  health: 'healthy',
  history: [],
  destinations: [],
  protection: 'os-encrypted',
});

const rows = () => within(screen.getByRole('list', { name: 'AuthIDs' })).getAllByRole('listitem');

describe('the AuthID list with many AuthIDs', () => {
  it('draws a page at a time and starts over on a new search', () => {
    const count = ROWS_PER_PAGE * 2 + 7;
    render(<AuthIdsScreen authIds={Array.from({ length: count }, (_, i) => view(i))} onOpen={() => undefined} onAuthorize={() => undefined} onPaste={() => undefined} />);
    expect(rows()).toHaveLength(ROWS_PER_PAGE);
    fireEvent.click(screen.getByRole('button', { name: `Show ${ROWS_PER_PAGE} more` }));
    expect(rows()).toHaveLength(ROWS_PER_PAGE * 2);
    fireEvent.click(screen.getByRole('button', { name: 'Show the last 7' }));
    expect(rows()).toHaveLength(count);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'Photos' } });
    expect(rows()).toHaveLength(ROWS_PER_PAGE);
    expect(screen.getByText(`Showing ${ROWS_PER_PAGE} of ${Math.ceil(count / 2)} matches (${count} AuthIDs in all)`)).toBeTruthy();
  });
});
