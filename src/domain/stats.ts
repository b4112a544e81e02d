import { type CardState, PHASE, type ReviewEntry } from './card-state.ts';
import { isMastered } from './mastery.ts';
import { addLocalDays, type DayStart, localDayKey, startOfLocalDay } from './time.ts';

export interface StateCounts {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
  readonly relearning: number;
  /** Review cards with stability of 21 days or more. */
  readonly mastered: number;
}

/** Cards of the deck by scheduling state. Stored cards outside the deck are not counted. */
export function countByState(
  deckIds: readonly string[],
  cards: Readonly<Record<string, CardState | undefined>>,
): StateCounts {
  const counts = { new: 0, learning: 0, review: 0, relearning: 0, mastered: 0 };
  for (const id of deckIds) {
    const s = cards[id];
    if (!s || s.state === PHASE.new) counts.new++;
    else if (s.state === PHASE.learning) counts.learning++;
    else if (s.state === PHASE.relearning) counts.relearning++;
    else counts.review++;
    if (isMastered(s)) counts.mastered++;
  }
  return counts;
}

/**
 * Answers per study day (`YYYY-MM-DD`), in one pass over the log. Practice answers count:
 * this is the learner's activity (the heatmap, the streak), not the schedule.
 */
export function reviewsPerDay(
  log: readonly ReviewEntry[],
  dayStart: DayStart = 0,
): ReadonlyMap<string, number> {
  const perDay = new Map<string, number>();
  // The log is (nearly) in time order: work out a day's key once, not once per review.
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let key = '';
  for (const e of log) {
    if (e.review < from || e.review >= to) {
      from = startOfLocalDay(e.review, dayStart);
      to = addLocalDays(from, 1, dayStart);
      key = localDayKey(e.review, dayStart);
    }
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return perDay;
}

/**
 * Consecutive study days with at least one review, ending today, or ending yesterday
 * while today has none yet (the streak is not broken until the day is over).
 */
export function currentStreak(
  perDay: ReadonlyMap<string, number>,
  now: number,
  dayStart: DayStart = 0,
): number {
  let offset = (perDay.get(localDayKey(now, dayStart)) ?? 0) > 0 ? 0 : -1;
  let streak = 0;
  while ((perDay.get(localDayKey(addLocalDays(now, offset, dayStart), dayStart)) ?? 0) > 0) {
    streak++;
    offset--;
  }
  return streak;
}

export interface Retention {
  /** Answers given to cards in review state within the window (practice aside). */
  readonly answered: number;
  /** Of those, the ones not answered Again. */
  readonly passed: number;
  /** passed / answered, or null with no review-state answers. */
  readonly rate: number | null;
}

/**
 * True retention over the last `days` study days (today included), as Anki computes it.
 * Practice answers (cards answered before they were due) are not recall tests of the
 * schedule, so they do not count.
 */
export function trueRetention(
  log: readonly ReviewEntry[],
  now: number,
  days = 30,
  dayStart: DayStart = 0,
): Retention {
  const from = addLocalDays(now, -(days - 1), dayStart);
  let answered = 0;
  let passed = 0;
  for (const e of log) {
    if (e.review < from || e.review > now || e.state !== PHASE.review || e.practice) continue;
    answered++;
    if (e.rating !== 1) passed++;
  }
  return { answered, passed, rate: answered ? passed / answered : null };
}

export interface DayCount {
  /** Study day, named by its local date, `YYYY-MM-DD`. */
  readonly day: string;
  /** The moment it starts (epoch ms): its local date at the day-start hour. */
  readonly start: number;
  readonly count: number;
}

/**
 * The review heatmap: every study day from the Sunday that starts the first of `weeks`
 * calendar weeks through today, with its review count.
 */
export function heatmap(
  perDay: ReadonlyMap<string, number>,
  now: number,
  weeks = 26,
  dayStart: DayStart = 0,
): readonly DayCount[] {
  const today = startOfLocalDay(now, dayStart);
  const weekday = new Date(today).getDay();
  const firstOffset = -(weekday + (weeks - 1) * 7);
  const days: DayCount[] = [];
  for (let offset = firstOffset; offset <= 0; offset++) {
    const start = addLocalDays(today, offset, dayStart);
    const day = localDayKey(start, dayStart);
    days.push({ day, start, count: perDay.get(day) ?? 0 });
  }
  return days;
}

/**
 * Cards due on each of the next `days` study days; day 0 (today) includes overdue cards.
 * New cards are not forecast.
 */
export function dueForecast(
  deckIds: readonly string[],
  cards: Readonly<Record<string, CardState | undefined>>,
  now: number,
  days = 14,
  dayStart: DayStart = 0,
): readonly DayCount[] {
  const starts = Array.from({ length: days + 1 }, (_, i) => addLocalDays(now, i, dayStart));
  const counts = new Array<number>(days).fill(0);
  for (const id of deckIds) {
    const s = cards[id];
    if (!s || s.state === PHASE.new) continue;
    for (let i = 0; i < days; i++) {
      if (s.due < (starts[i + 1] as number)) {
        counts[i] = (counts[i] ?? 0) + 1;
        break;
      }
    }
  }
  return counts.map((count, i) => {
    const start = starts[i] as number;
    return { day: localDayKey(start, dayStart), start, count };
  });
}

export interface MasteryTally {
  readonly total: number;
  readonly studied: number;
  readonly mastered: number;
}

/** Studied and mastered counts per key (API type, feature group...), keys in first-seen order. */
export function masteryBreakdown(
  items: readonly { readonly id: string; readonly keys: readonly string[] }[],
  cards: Readonly<Record<string, CardState | undefined>>,
): ReadonlyMap<string, MasteryTally> {
  const tally = new Map<string, { total: number; studied: number; mastered: number }>();
  for (const { id, keys } of items) {
    const s = cards[id];
    const studied = s !== undefined && s.state !== PHASE.new;
    const mastered = isMastered(s);
    for (const key of keys) {
      const t = tally.get(key) ?? { total: 0, studied: 0, mastered: 0 };
      t.total++;
      if (studied) t.studied++;
      if (mastered) t.mastered++;
      tally.set(key, t);
    }
  }
  return tally;
}

/** Reviews made on the study day of `now`. */
export function reviewsToday(
  perDay: ReadonlyMap<string, number>,
  now: number,
  dayStart: DayStart = 0,
): number {
  return perDay.get(localDayKey(now, dayStart)) ?? 0;
}
