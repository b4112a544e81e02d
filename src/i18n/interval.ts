import { DAY_MS, HOUR_MS, MINUTE_MS } from '../domain/time.ts';

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** A duration rounded the way a rating button shows it: "1분", "10분", "3일", "1.5개월". */
export interface ShortInterval {
  readonly value: number;
  readonly unit: IntervalUnit;
}

export function describeInterval(ms: number): ShortInterval {
  const safe = Math.max(0, ms);
  if (safe < HOUR_MS) return { value: Math.max(1, Math.round(safe / MINUTE_MS)), unit: 'minute' };
  if (safe < DAY_MS) return { value: Math.round(safe / HOUR_MS), unit: 'hour' };
  const days = safe / DAY_MS;
  if (days < 30) return { value: Math.round(days), unit: 'day' };
  if (days < 365) return { value: Math.round((days / 30) * 10) / 10, unit: 'month' };
  return { value: Math.round((days / 365) * 10) / 10, unit: 'year' };
}
