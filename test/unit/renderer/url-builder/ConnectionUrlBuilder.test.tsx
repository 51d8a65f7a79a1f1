// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi  } from 'vitest';
import type { AuthIdView, ProviderView } from '../../../../electron/ipc/views';
import { ConnectionUrlBuilder } from '../../../../renderer/src/url-builder/ConnectionUrlBuilder';
import { installFakeAuthIds, removeFakeAuthIds } from '../fake-authids';

afterEach(() => {
  cleanup();
  removeFakeAuthIds();
});

const authId: AuthIdView = {
  id: 'a1',
  label: 'Team site',
  provider: 'sharepoint',
  providerName: 'Microsoft SharePoint',
  serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
  kind: 'v1',
  masked: 'abcd…:••••',
  created: '2024-01-01T00:00:00Z',
  health: 'healthy',
  history: [],
  destinations: [],
  protection: 'os-encrypted',
};

const provider: ProviderView = {
  id: 'sharepoint',
  name: 'Microsoft SharePoint',
  note: '',
  legacy: false,
  loginStyle: 'redirect',
  scheme: 'sharepoint',
  pathHelp: 'Folder inside the library.',
  deauthorizeUrls: [],
  options: [{ name: 'site-id', label: 'Site id', help: 'The site that holds the library.', kind: 'text', required: true }],
};

function setup() {
  const previewUrl = vi.fn(async (input: { path: string; options: Record<string, string> }) => ({
    maskedUrl: `sharepoint://${input.path}?authid=abcd…:••••${input.options['site-id'] ? `&site-id=${input.options['site-id']}` : ''}`,
    findings: [],
  }));
  const copyUrl = vi.fn(async (_input: unknown) => ({ clearsAt: null }));
  installFakeAuthIds({ previewUrl, copyUrl } as never);
  render(<ConnectionUrlBuilder authId={authId} provider={provider} />);
  return { previewUrl, copyUrl };
}

describe('ConnectionUrlBuilder', () => {
  it('marks the required option and ties its help to the field', () => {
    setup();
    const field = screen.getByRole('textbox', { name: 'Site id (required)' });
    expect(field.getAttribute('aria-required')).toBe('true');
    const help = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('The site that holds the library.');
  });

  it('Copy with a missing required option shows the error on the field and sends nothing', async () => {
    const { copyUrl } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy URL' }));
    const field = screen.getByRole('textbox', { name: 'Site id (required)' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.getAttribute('aria-describedby')).toContain('-error');
    expect(screen.getByText('Site id is required.')).toBeTruthy();
    expect(copyUrl).not.toHaveBeenCalled();
  });

  it('the preview follows the form once typing pauses, and Copy sends what the preview showed', async () => {
    const { previewUrl, copyUrl } = setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'Folder path' }), { target: { value: 'Backups' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Site id (required)' }), { target: { value: 'site-1' } });
    await screen.findByText('sharepoint://Backups?authid=abcd…:••••&site-id=site-1');
    expect(previewUrl).toHaveBeenLastCalledWith({ id: 'a1', path: 'Backups', options: { 'site-id': 'site-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy URL' }));
    await waitFor(() => expect(copyUrl).toHaveBeenCalledExactlyOnceWith({ id: 'a1', path: 'Backups', options: { 'site-id': 'site-1' } }));
  });
});
