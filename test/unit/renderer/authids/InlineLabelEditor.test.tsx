// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi  } from 'vitest';
import { InlineLabelEditor } from '../../../../renderer/src/authids/InlineLabelEditor';

afterEach(cleanup);

function setup(onSave = vi.fn(async (_label: string) => {})) {
  render(<InlineLabelEditor label="Family photos" onSave={onSave} as="h2" />);
  fireEvent.click(screen.getByRole('button', { name: 'Rename Family photos' }));
  const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'New label for Family photos' });
  return { onSave, input };
}

describe('InlineLabelEditor', () => {
  it('opens with the current label and focuses the field', () => {
    const { input } = setup();
    expect(input.value).toBe('Family photos');
    expect(document.activeElement).toBe(input);
  });

  it('Enter saves the trimmed label and returns focus to Rename', async () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: '  Holiday pictures ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(onSave).toHaveBeenCalledExactlyOnceWith('Holiday pictures');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename Family photos' }));
  });

  it('Escape cancels without saving', () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: 'Something else' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Family photos' })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('an unchanged label closes without a request', () => {
    const { onSave, input } = setup();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('an empty label is refused with a hint, and the field is marked invalid', () => {
    const { onSave, input } = setup();
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Enter a label, or press Escape to keep the old one.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it("a rejected save shows main's message and keeps the edit open", async () => {
    const { input } = setup(vi.fn(async () => Promise.reject(new Error('The vault is locked.'))));
    fireEvent.change(input, { target: { value: 'New name' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The vault is locked.'));
    expect(screen.getByRole<HTMLInputElement>('textbox').value).toBe('New name');
  });
});
