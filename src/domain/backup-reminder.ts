import type { ReviewEntry } from './card-state.ts';
import { localDayKey } from './time.ts';

/** Study days (local days with reviews) after which a backup reminder shows. */
const BACKUP_REMINDER_DAYS = 7;

/**
 * Whether to remind the learner to back up: 7 or more local days with reviews since the
 * last export (or since they started, if they never exported).
 */
export function backupReminderDue(
  log: readonly ReviewEntry[],
  lastExportAt: number | null,
  now: number,
  dayStart = 0,
): boolean {
  const days = new Set<string>();
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i] as ReviewEntry;
    if (lastExportAt !== null && e.review <= lastExportAt) break;
    if (e.review <= now) days.add(localDayKey(e.review, dayStart));
    if (days.size >= BACKUP_REMINDER_DAYS) return true;
  }
  return false;
}
