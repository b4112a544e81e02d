/**
 * The one date helper. "Today" is the learner's local calendar day, so day maths uses
 * the runtime's local time zone; every function takes the instant it works from.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch ms of local midnight that starts the day containing `at`. */
export function startOfLocalDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Local midnight `days` calendar days after the day containing `at` (DST-safe). */
export function addLocalDays(at: number, days: number): number {
  const d = new Date(startOfLocalDay(at));
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** Local calendar day as `YYYY-MM-DD`. */
export function localDayKey(at: number): string {
  const d = new Date(at);
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

/** Whole local calendar days from the day of `from` to the day of `to` (negative if before). */
export function localDaysBetween(from: number, to: number): number {
  return Math.round((startOfLocalDay(to) - startOfLocalDay(from)) / DAY_MS);
}
