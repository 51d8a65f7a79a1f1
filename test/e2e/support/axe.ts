import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core's findings on the page as it is now, one line each (empty when clean); `include`
 * (a CSS selector) limits them to one part of a long page, where a whole-page run takes long.
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (options.include !== undefined) builder.include(options.include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
