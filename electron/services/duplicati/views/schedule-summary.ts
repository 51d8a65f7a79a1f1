/** One line about a backup's schedule, e.g. "Every day at 02:00" or "No schedule". */
import type { ScheduleJson } from '../api/backup-shapes';

const UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', D: 'day', W: 'week', M: 'month', Y: 'year' };

export function scheduleSummary(schedule: ScheduleJson | null | undefined): string {
  if (schedule === null || schedule === undefined) return 'No schedule';
  const match = /^(\d+)([smhDWMY])$/.exec(schedule.Repeat ?? '');
  const unit = match === null ? undefined : UNITS[match[2] ?? ''];
  const every = match === null || unit === undefined ? `Repeats ${String(schedule.Repeat ?? '').slice(0, 32)}` : Number(match[1]) === 1 ? `Every ${unit}` : `Every ${Number(match[1])} ${unit}s`;
  const time = /T(\d{2}:\d{2})/.exec(schedule.Time ?? '')?.[1];
  return time === undefined ? every : `${every} at ${time}`;
}
