/** Menu labels: long user-chosen names are cut at a grapheme boundary so menus stay readable. */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const MENU_LABEL_MAX = 48;

/** `text` with at most `max` graphemes, ending in "…" when it had to be cut; whitespace runs collapse. */
export function fitLabel(text: string, max: number = MENU_LABEL_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const graphemes = Array.from(segmenter.segment(clean), (s) => s.segment);
  if (graphemes.length <= max) return clean;
  return `${graphemes.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
