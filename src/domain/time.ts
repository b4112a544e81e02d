/**
 * The one date helper. "Today" is the learner's study day: it begins at a local hour (the
 * `dayStart` setting, 4 am by default, as Anki's "next day starts at"), so a session past
 * midnight still counts for the evening it began in. Day maths uses the runtime's local
 * time zone; every function takes the instant it works from. `dayStart` 0 is the calendar.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The hour (0-23, local) at which a study day begins; 0 is midnight (the calendar day). */
export type DayStart = number;

/** Epoch ms at which the study day containing `at` began (local `dayStart`:00; DST-safe). */
export function startOfLocalDay(at: number, dayStart: DayStart = 0): number {
  const d = new Date(at);
  if (d.getHours() < dayStart) d.setDate(d.getDate() - 1);
  d.setHours(dayStart, 0, 0, 0);
  return d.getTime();
}

/** The start of the study day `days` days after the one containing `at` (DST-safe). */
export function addLocalDays(at: number, days: number, dayStart: DayStart = 0): number {
  const d = new Date(startOfLocalDay(at, dayStart));
  d.setDate(d.getDate() + days);
  d.setHours(dayStart, 0, 0, 0);
  return d.getTime();
}

/** The study day containing `at`, named by its local date, `YYYY-MM-DD`. */
export function localDayKey(at: number, dayStart: DayStart = 0): string {
  const d = new Date(startOfLocalDay(at, dayStart));
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** 09:00 local time on the calendar day `YYYY-MM-DD`, or null when it is not a real date. */
export function localMorningOf(day: string): number | null {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  const at = new Date(y, m - 1, d, 9, 0, 0, 0);
  return at.getFullYear() === y && at.getMonth() === m - 1 && at.getDate() === d
    ? at.getTime()
    : null;
}

/** Whole study days from the day of `from` to the day of `to` (negative if before). */
export function localDaysBetween(from: number, to: number, dayStart: DayStart = 0): number {
  return Math.round((startOfLocalDay(to, dayStart) - startOfLocalDay(from, dayStart)) / DAY_MS);
}
