// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '../../../../renderer/src/common/Field';

afterEach(cleanup);

/** The ids the control's aria-describedby names, read back as the text of those elements. */
function description(control: HTMLElement): string[] {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`);
}

describe('Field', () => {
  it('labels its control and describes it with the help, then the error', () => {
    render(
      <Field label="Server address" help="The base address." error="Use https.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Server address' });
    expect(description(input)).toEqual(['The base address.', 'Use https.']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Typing mistakes are read with the field, not shouted: no alert unless asked.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('without help or error the control has no description and is not invalid', () => {
    render(<Field label="Label (optional)">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Label (optional)' });
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('an error from an action is announced as it appears', () => {
    render(
      <Field label="Passphrase" error="Wrong passphrase." errorIsAlert>
        {(control) => <input {...control} type="password" />}
      </Field>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Wrong passphrase.');
  });

  it('help given as a function renders its own element under the id the control names', () => {
    render(
      <Field label="Passphrase" help={(id) => <div id={id} aria-live="polite">Strength: fair.</div>}>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(description(screen.getByRole('textbox', { name: 'Passphrase' }))).toEqual(['Strength: fair.']);
  });

  it('a checkbox comes before its label; a hidden label still names the control', () => {
    const { container } = render(
      <>
        <Field label="Remember the password" checkbox status={<span role="status">Saved</span>}>
          {(control) => <input {...control} type="checkbox" />}
        </Field>
        <Field label="Sort" labelHidden className="authid-sort">
          {(control) => <select {...control} />}
        </Field>
      </>,
    );
    const [checkboxField, sortField] = [...container.querySelectorAll('.field')];
    expect([...checkboxField!.children].map((child) => child.tagName)).toEqual(['INPUT', 'LABEL', 'SPAN']);
    expect(screen.getByRole('checkbox', { name: 'Remember the password' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sort' })).toBeTruthy();
    expect(sortField!.className).toBe('field authid-sort');
    expect(sortField!.querySelector('label')!.className).toBe('field-label visually-hidden');
  });
});
