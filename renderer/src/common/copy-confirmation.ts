import type { CopyResultView } from '../api/view-types';
import { formatClockTime, formatRelative } from './format-time';

/** "URL copied. The clipboard will be cleared at 14:05 (in 30 seconds)." */
export function copyConfirmation(what: string, result: CopyResultView, now: Date = new Date()): string {
  if (result.clearsAt === null) return `${what} copied. The clipboard will not be cleared automatically.`;
  return `${what} copied. The clipboard will be cleared at ${formatClockTime(result.clearsAt)} (${formatRelative(result.clearsAt, now)}).`;
}
