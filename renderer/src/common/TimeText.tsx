import { formatDateTime, formatRelative } from './format-time';

/** A relative time with the exact time in the markup (and as a tooltip). */
export function TimeText({ iso }: { iso: string }) {
  const exact = formatDateTime(iso);
  return (
    <time dateTime={iso} title={exact}>
      {formatRelative(iso)}
    </time>
  );
}
