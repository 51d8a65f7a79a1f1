const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

// Made once: building an Intl formatter costs far more than using one, and a list formats two times a row.
// Words stay English like the rest of the window; dates and clock times follow the locale the
// window reports (Electron passes the system's), so a German system shows 18:59, not 6:59 PM.
// (No navigator in Node unit tests: Intl's default locale stands in.)
const WINDOW_LOCALES = typeof navigator === 'undefined' ? [] : [...navigator.languages];
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DATE_TIME = new Intl.DateTimeFormat(WINDOW_LOCALES, { dateStyle: 'medium', timeStyle: 'short' });
const CLOCK_TIME = new Intl.DateTimeFormat(WINDOW_LOCALES, { timeStyle: 'short' });

/** "in 5 minutes", "3 hours ago", "now". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(diff)) return 'unknown time';
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') return RELATIVE.format(Math.round(diff / size), unit);
  }
  return RELATIVE.format(0, 'second');
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown time';
  return DATE_TIME.format(date);
}

export function formatClockTime(iso: string): string {
  return CLOCK_TIME.format(new Date(iso));
}
