/** Rows the AuthID list draws at a time: a long list stays quick to search; the rest is a click away. */
export const ROWS_PER_PAGE = 25;
