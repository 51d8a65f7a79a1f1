import { describe, expect, it  } from 'vitest';
import type { AuthIdView } from '../../../../electron/ipc/views';
import { filterAuthIds, isFiltering, NO_FILTER, providersIn } from '../../../../renderer/src/authids/filter-authids';

function authId(id: string, extra: Partial<AuthIdView>): AuthIdView {
  return {
    id,
    label: id,
    provider: 'dropbox',
    providerName: 'Dropbox',
    serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
    kind: 'v1',
    masked: 'x',
    created: '2024-01-01T00:00:00Z',
    health: 'healthy',
    history: [],
    destinations: [],
    protection: 'os-encrypted',
    ...extra,
  };
}

const list = [
  authId('Family photos', { accountName: 'alex@example.com' }),
  authId('Work', { provider: 'onedrivev2', providerName: 'Microsoft OneDrive', health: 'needs-reauthorization' }),
  authId('Self', { serverBaseUrl: 'http://127.0.0.1:8080', health: 'rate-limited' }),
];
const labels = (views: readonly AuthIdView[]) => views.map((view) => view.label);

describe('filterAuthIds', () => {
  it('every search word must appear in label, account, provider or server, ignoring case', () => {
    expect(labels(filterAuthIds(list, { ...NO_FILTER, text: 'ALEX photos' }))).toEqual(['Family photos']);
    expect(labels(filterAuthIds(list, { ...NO_FILTER, text: 'microsoft' }))).toEqual(['Work']);
    expect(labels(filterAuthIds(list, { ...NO_FILTER, text: '127.0.0.1' }))).toEqual(['Self']);
    expect(labels(filterAuthIds(list, { ...NO_FILTER, text: 'alex work' }))).toEqual([]);
  });

  it('health and provider filters combine with the search', () => {
    expect(labels(filterAuthIds(list, { ...NO_FILTER, health: 'rate-limited' }))).toEqual(['Self']);
    expect(labels(filterAuthIds(list, { ...NO_FILTER, provider: 'dropbox' }))).toEqual(['Family photos', 'Self']);
    expect(labels(filterAuthIds(list, { text: 'self', health: 'healthy', provider: 'dropbox' }))).toEqual([]);
  });

  it('no filter keeps everything, and says so', () => {
    expect(filterAuthIds(list, NO_FILTER)).toEqual(list);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: ' ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, provider: 'pcloud' })).toBe(true);
  });

  it('providersIn lists each provider once, by name', () => {
    expect(providersIn(list)).toEqual([
      { id: 'dropbox', name: 'Dropbox' },
      { id: 'onedrivev2', name: 'Microsoft OneDrive' },
    ]);
  });
});
