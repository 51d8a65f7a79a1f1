// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, expect, it  } from 'vitest';
import type { LintFindingView } from '../../../../electron/ipc/views';
import { LintFindings } from '../../../../renderer/src/common/LintFindings';
import { applyFix } from '../../../../renderer/src/paste/apply-fix';

afterEach(cleanup);

const note: LintFindingView = { code: 'oauth-url-missing', severity: 'info', message: 'No server named.', fix: 'Name it.' };
const error: LintFindingView = {
  code: 'option-name-case',
  severity: 'error',
  message: 'Duplicati will not see AuthID.',
  fix: 'Write authid.',
  apply: { label: 'Write authid', edits: [{ start: 21, end: 27, text: 'authid' }] },
};

it('errors come first and notes last, each with its word', () => {
  const { container } = render(<LintFindings findings={[note, error]} label="Problems" />);
  expect([...container.querySelectorAll('.finding-severity')].map((e) => e.textContent)).toEqual(['Error:', 'Note:']);
  // Without a handler there is nothing to click.
  expect(container.querySelector('button')).toBeNull();
});

it('a one-click fix is a button that hands its finding over, and its edits change exactly the text they were made for', () => {
  const applied: LintFindingView[] = [];
  const { getByRole } = render(<LintFindings findings={[note, error]} label="Problems" onApply={(f) => applied.push(f)} />);
  fireEvent.click(getByRole('button', { name: 'Write authid' }));
  expect(applied).toEqual([error]);
  expect(applyFix('onedrivev2://Backups?AuthID=a%3Ab', error.apply?.edits ?? [])).toBe('onedrivev2://Backups?authid=a%3Ab');
  expect(applyFix(' a?b ', [{ start: 4, end: 5, text: '' }, { start: 0, end: 1, text: '' }])).toBe('a?b');
});
