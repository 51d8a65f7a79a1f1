// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it  } from 'vitest';
import type { Health } from '../../../../electron/ipc/views';
import { HealthChip } from '../../../../renderer/src/common/HealthChip';

afterEach(cleanup);

it.each<[Health, string]>([
  ['healthy', 'Healthy'],
  ['needs-attention', 'Needs attention'],
  ['rate-limited', 'Rate-limited'],
  ['needs-reauthorization', 'Needs re-authorization'],
  ['revoked', 'Revoked'],
  ['not-checked', 'Not checked yet'],
])('%s reads "%s" to everyone, not only as a colour', (health, words) => {
  const { container } = render(<HealthChip health={health} />);
  const chip = container.querySelector('.health-chip');
  expect(chip?.classList.contains(`health-${health}`)).toBe(true);
  const symbol = chip?.querySelector('[aria-hidden="true"]');
  expect(symbol).toBeTruthy();
  expect(chip?.textContent?.replace(symbol?.textContent ?? '', '')).toBe(words);
});
