import { describeInterval, type ShortInterval } from '../domain/interval';
import type { Lang } from './messages';

const locale: Readonly<Record<Lang, string>> = { ko: 'ko-KR', en: 'en-US' };

/** "1분", "10분", "3일" / "1m", "10 min", "3 days": Intl unit formatting in the chosen language. */
export function formatInterval(lang: Lang, { value, unit }: ShortInterval): string {
  // English narrow months print as "m", which reads as minutes.
  const unitDisplay = lang === 'en' && unit === 'month' ? 'short' : 'narrow';
  return new Intl.NumberFormat(locale[lang], {
    style: 'unit',
    unit,
    unitDisplay,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDateTime(lang: Lang, at: number): string {
  return new Intl.DateTimeFormat(locale[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    at,
  );
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locale[lang]).format(n);
}

/** "3일 후" / "in 3 days", from a duration (negative or zero means now). */
export function formatRelative(lang: Lang, ms: number): string {
  if (ms <= 0) {
    return new Intl.RelativeTimeFormat(locale[lang], { numeric: 'auto' }).format(0, 'second');
  }
  const interval = describeInterval(ms);
  return new Intl.RelativeTimeFormat(locale[lang], { numeric: 'always' }).format(
    interval.value,
    interval.unit,
  );
}

export function formatDay(lang: Lang, at: number): string {
  return new Intl.DateTimeFormat(locale[lang], { dateStyle: 'medium' }).format(at);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(locale[lang], { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}
