import { cached, locale } from './format.ts';
import type { Lang } from './messages.ts';

// Chart labels, in a module of their own: only the progress page's heatmap uses them, so
// they stay out of the first page's script (format.ts is on it).

/** "3월" / "Mar": a month's short name, for chart axis labels. */
export function formatMonthShort(lang: Lang, at: number): string {
  return cached(
    `month-short:${lang}`,
    () => new Intl.DateTimeFormat(locale[lang], { month: 'short' }),
  ).format(at);
}

/** "월" / "Mon": a weekday's short name, for chart axis labels. */
export function formatWeekdayShort(lang: Lang, at: number): string {
  return cached(
    `weekday-short:${lang}`,
    () => new Intl.DateTimeFormat(locale[lang], { weekday: 'short' }),
  ).format(at);
}
