import { ROWS_PER_PAGE } from './list-page';

/** "Show 25 more" while more pages follow, then "Show the last 6" (or "the last one"). */
export function showMoreLabel(hidden: number): string {
  if (hidden > ROWS_PER_PAGE) return `Show ${ROWS_PER_PAGE} more`;
  return hidden === 1 ? 'Show the last one' : `Show the last ${hidden}`;
}

/** The count above the list: every AuthID, or how many of them are in view. */
export function listCountText(drawn: number, matching: number, total: number, filtering: boolean): string {
  const of = `${total} AuthID${total === 1 ? '' : 's'}`;
  if (filtering) return drawn < matching ? `Showing ${drawn} of ${matching} matches (${of} in all)` : `Showing ${matching} of ${of}`;
  return drawn < total ? `Showing ${drawn} of ${of}` : of;
}
