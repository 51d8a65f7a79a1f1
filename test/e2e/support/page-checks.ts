import type { Page } from 'playwright-core';

/** Layout problems a person would see at the current size: sideways scrolling, inline styles. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    // Playwright's screenshots leave style="" behind on inputs; only a style that says something counts.
    const styled = [...document.querySelectorAll('[style]')].filter((element) => element.getAttribute('style')?.trim());
    for (const element of styled) problems.push(`<${element.tagName.toLowerCase()} class="${element.className}"> carries style="${element.getAttribute('style')}"`);
    return problems;
  });
}

/** Whether the focused element shows a visible focus indicator. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    const style = getComputedStyle(active);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}
