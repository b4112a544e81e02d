import { describeInterval, type ShortInterval } from './interval.ts';
import type { Lang } from './messages.ts';

export const locale: Readonly<Record<Lang, string>> = { ko: 'ko-KR', en: 'en-US' };

// Building an Intl formatter costs far more than using one (the heatmap formats 180 days),
// so each is built once per language and options.
const formatters = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat
>();

export function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** "1분", "10분", "3일" / "1m", "10 min", "3 days": Intl unit formatting in the chosen language. */
export function formatInterval(lang: Lang, { value, unit }: ShortInterval): string {
  // English narrow months print as "m", which reads as minutes.
  const unitDisplay = lang === 'en' && unit === 'month' ? 'short' : 'narrow';
  return cached(
    `unit:${lang}:${unit}:${unitDisplay}`,
    () =>
      new Intl.NumberFormat(locale[lang], {
        style: 'unit',
        unit,
        unitDisplay,
        maximumFractionDigits: 1,
      }),
  ).format(value);
}

export function formatDateTime(lang: Lang, at: number): string {
  return cached(
    `datetime:${lang}`,
    () => new Intl.DateTimeFormat(locale[lang], { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(at);
}

export function formatNumber(lang: Lang, n: number): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(locale[lang])).format(n);
}

/** "3일 후" / "in 3 days", from a duration (negative or zero means now). */
export function formatRelative(lang: Lang, ms: number): string {
  if (ms <= 0) {
    return cached(
      `relative-auto:${lang}`,
      () => new Intl.RelativeTimeFormat(locale[lang], { numeric: 'auto' }),
    ).format(0, 'second');
  }
  const interval = describeInterval(ms);
  return cached(
    `relative:${lang}`,
    () => new Intl.RelativeTimeFormat(locale[lang], { numeric: 'always' }),
  ).format(interval.value, interval.unit);
}

export function formatDay(lang: Lang, at: number): string {
  return cached(
    `day:${lang}`,
    () => new Intl.DateTimeFormat(locale[lang], { dateStyle: 'medium' }),
  ).format(at);
}

export function formatPercent(lang: Lang, share: number): string {
  return cached(
    `percent:${lang}`,
    () => new Intl.NumberFormat(locale[lang], { style: 'percent', maximumFractionDigits: 1 }),
  ).format(share);
}

/** "3분 20초" / "3 minutes 20 seconds": a session's length. */
export function formatDuration(lang: Lang, ms: number): string {
  const total = Math.max(1, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const unit = (u: 'minute' | 'second') =>
    cached(
      `long:${lang}:${u}`,
      () => new Intl.NumberFormat(locale[lang], { style: 'unit', unit: u, unitDisplay: 'long' }),
    );
  const parts: string[] = [];
  if (minutes > 0) parts.push(unit('minute').format(minutes));
  if (seconds > 0 || minutes === 0) parts.push(unit('second').format(seconds));
  return parts.join(' ');
}
