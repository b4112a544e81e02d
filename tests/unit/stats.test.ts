import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardPhase, CardState, Grade } from '../../src/domain/card-state.ts';
import {
  countByState,
  currentStreak,
  dueForecast,
  heatmap,
  masteryBreakdown,
  reviewsPerDay,
  reviewsToday,
  trueRetention,
} from '../../src/domain/stats.ts';
import { DAY_MS } from '../../src/domain/time.ts';
import { answerAll, cardState } from './fixtures/cards.ts';

/** An instant given as Seoul wall-clock time (UTC+9 all year, no DST). */
const seoul = (local: string) => Date.parse(`${local}+09:00`);

/**
 * The fixture: 30 real answers to five cards (a-e) on 10 local days in Seoul, from
 * Saturday 2026-02-28 to Tuesday 2026-03-10, with no review on Thursday 2026-03-05.
 * Each line notes the card's phase before -> after the answer (0 new, 1 learning,
 * 2 review, 3 relearning), which follows from the rating alone: Easy on a new card
 * graduates it; Again or Good on a new card starts learning (steps 1m, 10m), and Good
 * on the last step graduates; Again on a review card starts relearning (one 10m step),
 * Good ends it; Hard/Good/Easy keep a review card in review.
 * Many answers fall between 00:00 and 09:00 local, the previous day in UTC.
 */
const ANSWERS: readonly (readonly [string, Grade, string, CardPhase])[] = [
  // 2026-02-28 (Sat): 3 reviews
  ['a', 4, '2026-02-28T00:00:00', 0], // 0 -> 2
  ['b', 1, '2026-02-28T09:00:00', 0], // 0 -> 1
  ['b', 3, '2026-02-28T09:01:00', 1], // 1 -> 1 (second step)
  // 2026-03-01 (Sun): 2 reviews
  ['b', 3, '2026-03-01T08:30:00', 1], // 1 -> 2
  ['c', 4, '2026-03-01T23:59:00', 0], // 0 -> 2
  // 2026-03-02 (Mon): 4 reviews
  ['a', 3, '2026-03-02T00:10:00', 2], // review, passed
  ['d', 4, '2026-03-02T07:00:00', 0], // 0 -> 2
  ['b', 3, '2026-03-02T12:00:00', 2], // review, passed
  ['c', 1, '2026-03-02T20:00:00', 2], // review, FAILED -> 3
  // 2026-03-03 (Tue): 1 review
  ['c', 3, '2026-03-03T08:00:00', 3], // 3 -> 2
  // 2026-03-04 (Wed): 3 reviews
  ['a', 1, '2026-03-04T06:00:00', 2], // review, FAILED -> 3
  ['a', 3, '2026-03-04T06:10:00', 3], // 3 -> 2
  ['d', 2, '2026-03-04T22:00:00', 2], // review, passed (Hard)
  // 2026-03-05 (Thu): no review
  // 2026-03-06 (Fri): 2 reviews
  ['e', 3, '2026-03-06T01:00:00', 0], // 0 -> 1
  ['e', 3, '2026-03-06T01:10:00', 1], // 1 -> 2
  // 2026-03-07 (Sat): 5 reviews
  ['b', 1, '2026-03-07T00:00:00', 2], // review, FAILED -> 3
  ['b', 1, '2026-03-07T00:15:00', 3], // 3 -> 3 (Again while relearning: not counted)
  ['b', 3, '2026-03-07T00:30:00', 3], // 3 -> 2
  ['e', 3, '2026-03-07T10:00:00', 2], // review, passed
  ['c', 4, '2026-03-07T23:00:00', 2], // review, passed
  // 2026-03-08 (Sun): 1 review
  ['d', 3, '2026-03-08T00:00:00', 2], // review, passed
  // 2026-03-09 (Mon): 3 reviews
  ['a', 3, '2026-03-09T08:59:00', 2], // review, passed
  ['e', 1, '2026-03-09T09:00:00', 2], // review, FAILED -> 3
  ['e', 3, '2026-03-09T21:00:00', 3], // 3 -> 2
  // 2026-03-10 (Tue): 6 reviews
  ['b', 3, '2026-03-10T00:05:00', 2], // review, passed
  ['c', 3, '2026-03-10T07:30:00', 2], // review, passed
  ['d', 1, '2026-03-10T08:00:00', 2], // review, FAILED -> 3
  ['d', 3, '2026-03-10T08:10:00', 3], // 3 -> 2
  ['e', 4, '2026-03-10T09:00:00', 2], // review, passed
  ['a', 2, '2026-03-10T18:00:00', 2], // review, passed (Hard)
];

const FIXTURE = answerAll(
  ANSWERS.map(([id, rating, local]) => [id, rating, seoul(local)] as const),
);
const LOG = FIXTURE.log;

/** "Now" for most checks: Tuesday 2026-03-10, 22:00 in Seoul, after every review. */
const NOW = seoul('2026-03-10T22:00:00');

describe('stats in Asia/Seoul', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Seoul';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('the fixture is 30 answers, each recorded with the phase noted above', () => {
    expect(new Date(NOW).getTimezoneOffset()).toBe(-540);
    expect(LOG).toHaveLength(30);
    expect(LOG.map((e) => e.state)).toEqual(ANSWERS.map(([, , , phase]) => phase));
    expect(LOG.map((e) => e.review)).toEqual(ANSWERS.map(([, , local]) => seoul(local)));
    // Every card ends in review.
    expect(Object.values(FIXTURE.cards).map((c) => c.state)).toEqual([2, 2, 2, 2, 2]);
  });

  describe('reviewsPerDay', () => {
    it('counts reviews per local day', () => {
      // The per-day comments in ANSWERS; 3+2+4+1+3 + 2+5+1+3+6 = 30. In UTC, the
      // answers before 09:00 local would fall on the previous day instead.
      expect(Object.fromEntries(reviewsPerDay(LOG))).toEqual({
        '2026-02-28': 3,
        '2026-03-01': 2,
        '2026-03-02': 4,
        '2026-03-03': 1,
        '2026-03-04': 3,
        '2026-03-06': 2,
        '2026-03-07': 5,
        '2026-03-08': 1,
        '2026-03-09': 3,
        '2026-03-10': 6,
      });
    });

    it('is empty for an empty log', () => {
      expect(reviewsPerDay([]).size).toBe(0);
    });
  });

  // Day keys depend on the zone, so they are computed in the tests, after beforeAll.
  describe('reviewsToday', () => {
    it.each([
      ['2026-03-10T22:00:00', 6],
      ['2026-03-10T00:00:00', 6], // local midnight starts the day
      ['2026-03-09T23:59:59', 3],
      ['2026-03-07T05:00:00', 5],
      ['2026-03-05T12:00:00', 0], // the gap day
      ['2026-03-11T00:00:00', 0], // nothing yet on the next day
    ])('at %s: %i', (local, expected) => {
      expect(reviewsToday(reviewsPerDay(LOG), seoul(local))).toBe(expected);
    });
  });

  describe('currentStreak', () => {
    it.each([
      // Reviews on 03-06..03-10; 03-05 has none.
      ['2026-03-10T22:00:00', 5, 'today has reviews: 03-06..03-10'],
      ['2026-03-11T10:00:00', 5, 'none yet today: still counts through yesterday'],
      ['2026-03-11T23:59:59', 5, 'last moment of a day without reviews'],
      ['2026-03-12T00:00:00', 0, 'a whole day (03-11) without reviews breaks it'],
      ['2026-03-04T23:00:00', 5, 'before the gap: 02-28..03-04'],
      ['2026-03-05T12:00:00', 5, 'on the gap day: through 03-04'],
      ['2026-03-03T12:00:00', 4, 'later days are not counted: 02-28..03-03'],
      ['2026-02-27T12:00:00', 0, 'before the first review'],
    ])('at %s: %i (%s)', (local, expected) => {
      expect(currentStreak(reviewsPerDay(LOG), seoul(local))).toBe(expected);
    });

    it('is 0 with no reviews', () => {
      expect(currentStreak(new Map(), NOW)).toBe(0);
    });
  });

  describe('trueRetention', () => {
    it.each([
      // Review-phase answers (phase 2 in ANSWERS): 16, of which 5 are Again (c 03-02,
      // a 03-04, b 03-07, e 03-09, d 03-10), so 11 passed: 11/16 = 0.6875. Again on new
      // (b 02-28) or relearning (b 03-07 00:15) cards does not count.
      ['2026-03-10T22:00:00', 30, 16, 11, 11 / 16],
      // 30 days back from 03-31 starts at 03-02 00:00: still all 16.
      ['2026-03-31T23:59:00', 30, 16, 11, 11 / 16],
      // From 04-01, the window starts at 03-03 00:00: the three review answers of 03-02
      // (2 passed, c failed) drop out: 13 answered, 9 passed.
      ['2026-04-01T00:05:00', 30, 13, 9, 9 / 13],
      // 3 days: from 03-08 00:00 (d Good at exactly 00:00 counts). 03-08: 1 passed;
      // 03-09: a passed, e failed; 03-10: b, c, e, a passed, d failed -> 8 answered, 6 passed.
      ['2026-03-10T22:00:00', 3, 8, 6, 6 / 8],
      // Up to 03-04 23:00: a, b passed and c failed on 03-02; a failed and d passed on 03-04.
      ['2026-03-04T23:00:00', 30, 5, 3, 3 / 5],
      // Today only, at 08:05: b and c passed, d failed; later answers are after "now".
      ['2026-03-10T08:05:00', 1, 3, 2, 2 / 3],
    ])('at %s over %i days: %i answered, %i passed', (local, days, answered, passed, rate) => {
      expect(trueRetention(LOG, seoul(local), days)).toEqual({ answered, passed, rate });
    });

    it('defaults to 30 days', () => {
      expect(trueRetention(LOG, seoul('2026-04-01T00:05:00')).answered).toBe(13);
    });

    it('has no rate without review-phase answers', () => {
      // 02-28..03-01 holds only new and learning answers.
      const early = seoul('2026-03-01T23:59:30');
      expect(trueRetention(LOG, early)).toEqual({ answered: 0, passed: 0, rate: null });
      expect(trueRetention([], NOW)).toEqual({ answered: 0, passed: 0, rate: null });
    });
  });

  describe('heatmap', () => {
    it('covers 26 calendar weeks from a Sunday through today, with the review counts', () => {
      const days = heatmap(reviewsPerDay(LOG), NOW);
      // Today is a Tuesday (weekday 2): 25 full weeks before this one (175 days), plus
      // Sunday..Tuesday of this week (3 days) = 178. 2026-03-08 (Sun) - 175 days =
      // 2025-09-14, a Sunday.
      expect(days).toHaveLength(178);
      expect(days[0]).toEqual({
        day: '2025-09-14',
        start: seoul('2025-09-14T00:00:00'),
        count: 0,
      });
      expect(new Date(days[0]?.start ?? 0).getDay()).toBe(0);
      expect(days.at(-1)).toEqual({
        day: '2026-03-10',
        start: seoul('2026-03-10T00:00:00'),
        count: 6,
      });
      // Consecutive local midnights (Seoul has no DST).
      days.forEach((d, i) => {
        expect(d.start).toBe(seoul('2025-09-14T00:00:00') + i * DAY_MS);
      });
      // The fixture days carry their counts; all other days are 0.
      const nonZero = Object.fromEntries(
        days.filter((d) => d.count > 0).map((d) => [d.day, d.count]),
      );
      expect(nonZero).toEqual(Object.fromEntries(reviewsPerDay(LOG)));
      expect(days.find((d) => d.day === '2026-03-05')?.count).toBe(0);
      expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(30);
    });

    it.each([
      // [now, weeks, length, first day]
      ['2026-03-08T12:00:00', 26, 176, '2025-09-14'], // Sunday: 175 + 1
      ['2026-03-10T22:00:00', 26, 178, '2025-09-14'], // Tuesday: 175 + 3
      ['2026-03-14T23:59:00', 26, 182, '2025-09-14'], // Saturday: 175 + 7
      ['2026-03-15T00:00:00', 26, 176, '2025-09-21'], // the next Sunday starts a new week
      ['2026-03-10T22:00:00', 1, 3, '2026-03-08'], // this week only: Sun, Mon, Tue
    ])('at %s over %i weeks: %i days from %s', (local, weeks, length, first) => {
      const days = heatmap(new Map(), seoul(local), weeks);
      expect(days).toHaveLength(length);
      expect(days[0]?.day).toBe(first);
      expect(days.at(-1)?.day).toBe(local.slice(0, 10));
      expect(days.every((d) => d.count === 0)).toBe(true);
    });
  });

  describe('dueForecast', () => {
    const studied = (due: string, state: CardPhase = 2): CardState =>
      cardState(seoul('2026-03-01T12:00:00'), { due: seoul(due), state });
    const cards: Record<string, CardState | undefined> = {
      overdue: studied('2026-03-01T10:00:00'), // day 0
      learningSoon: studied('2026-03-10T22:05:00', 1), // day 0
      lastMs: studied('2026-03-10T23:59:59.999'), // day 0
      midnight: studied('2026-03-11T00:00:00'), // day 1: exactly the next local midnight
      utcSameDay: studied('2026-03-11T08:30:00', 3), // day 1 (still 03-10 in UTC)
      day3: studied('2026-03-13T12:00:00'), // day 3
      day13: studied('2026-03-23T23:59:00'), // day 13, the last one
      day14: studied('2026-03-24T00:00:00'), // beyond the 14 days
      later: studied('2026-04-30T00:00:00'), // beyond
      fresh: cardState(NOW, { state: 0, due: seoul('2026-03-10T09:00:00') }), // new: never
      outside: studied('2026-03-10T10:00:00'), // not in the deck
    };
    const deckIds = [
      'overdue',
      'learningSoon',
      'lastMs',
      'midnight',
      'utcSameDay',
      'day3',
      'day13',
      'day14',
      'later',
      'fresh',
      'unstored',
    ];

    it('counts studied deck cards per local day; day 0 includes overdue cards', () => {
      const forecast = dueForecast(deckIds, cards, NOW);
      expect(forecast.map((d) => d.count)).toEqual([3, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
      // 7 studied deck cards are due before 2026-03-24 00:00 (not day14, later, fresh,
      // unstored, outside).
      expect(forecast.reduce((sum, d) => sum + d.count, 0)).toBe(7);
    });

    it('has 14 local days starting today', () => {
      const forecast = dueForecast(deckIds, cards, NOW);
      expect(forecast).toHaveLength(14);
      expect(forecast[0]).toMatchObject({ day: '2026-03-10', start: seoul('2026-03-10T00:00:00') });
      expect(forecast[1]).toMatchObject({ day: '2026-03-11', start: seoul('2026-03-11T00:00:00') });
      expect(forecast[13]).toMatchObject({
        day: '2026-03-23',
        start: seoul('2026-03-23T00:00:00'),
      });
    });

    it('forecasts nothing for new cards only', () => {
      const forecast = dueForecast(['fresh', 'unstored'], cards, NOW);
      expect(forecast.map((d) => d.count)).toEqual(new Array(14).fill(0));
    });
  });

  describe('countByState', () => {
    const at = seoul('2026-03-01T12:00:00');
    const cards: Record<string, CardState | undefined> = {
      newRecord: cardState(at, { state: 0, stability: 0, lastReview: null }),
      learning: cardState(at, { state: 1, stability: 30 }),
      relearning: cardState(at, { state: 3, stability: 50 }),
      young: cardState(at, { state: 2, stability: 5 }),
      mature: cardState(at, { state: 2, stability: 21 }),
      old: cardState(at, { state: 2, stability: 90 }),
      storedOnly: cardState(at, { state: 2, stability: 90 }),
      storedLearning: cardState(at, { state: 1 }),
    };

    it('counts the deck by state; mastered are review cards with stability >= 21', () => {
      const deckIds = ['unstored', 'newRecord', 'learning', 'relearning', 'young', 'mature', 'old'];
      expect(countByState(deckIds, cards)).toEqual({
        new: 2, // unstored, newRecord
        learning: 1,
        review: 3, // young, mature, old
        relearning: 1,
        mastered: 2, // mature, old (relearning with stability 50 is not)
      });
    });

    it('ignores stored cards outside the deck', () => {
      expect(countByState(['young'], cards)).toEqual({
        new: 0,
        learning: 0,
        review: 1,
        relearning: 0,
        mastered: 0,
      });
    });
  });

  describe('masteryBreakdown', () => {
    const at = seoul('2026-03-01T12:00:00');
    const cards: Record<string, CardState | undefined> = {
      mastered1: cardState(at, { stability: 30 }),
      mastered2: cardState(at, { stability: 21 }),
      young: cardState(at, { stability: 3 }),
      newRecord: cardState(at, { state: 0, stability: 0, lastReview: null }),
    };

    it('tallies per key in first-seen order; a card under two keys counts in both', () => {
      const tally = masteryBreakdown(
        [
          { id: 'mastered1', keys: ['lambda', 'http'] },
          { id: 'unstored', keys: ['http'] },
          { id: 'young', keys: ['rest'] },
          { id: 'newRecord', keys: ['rest', 'lambda'] },
          { id: 'mastered2', keys: ['rest'] },
        ],
        cards,
      );
      expect([...tally.keys()]).toEqual(['lambda', 'http', 'rest']);
      expect(Object.fromEntries(tally)).toEqual({
        lambda: { total: 2, studied: 1, mastered: 1 }, // mastered1, newRecord
        http: { total: 2, studied: 1, mastered: 1 }, // mastered1, unstored
        rest: { total: 3, studied: 2, mastered: 1 }, // young, newRecord, mastered2
      });
    });

    it('is empty with no items', () => {
      expect(masteryBreakdown([], cards).size).toBe(0);
    });
  });
});

describe('stats in America/Los_Angeles', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  // 23:30 and 00:30 local (PST, UTC-8) are 07:30 and 08:30 UTC on the same UTC day.
  const lateEvening = Date.parse('2026-03-07T23:30:00-08:00');
  const afterMidnight = Date.parse('2026-03-08T00:30:00-08:00');
  const { log } = answerAll([
    ['x', 3, lateEvening],
    ['x', 3, afterMidnight],
  ]);

  it('a review at 23:30 and one at 00:30 the next day count on different local days', () => {
    expect(new Date(lateEvening).getTimezoneOffset()).toBe(480);
    const perDay = reviewsPerDay(log);
    expect(Object.fromEntries(perDay)).toEqual({ '2026-03-07': 1, '2026-03-08': 1 });
    // Clocks go forward on 2026-03-08 (PDT, UTC-7).
    expect(currentStreak(perDay, Date.parse('2026-03-08T23:00:00-07:00'))).toBe(2);
    expect(currentStreak(perDay, Date.parse('2026-03-09T12:00:00-07:00'))).toBe(2);
    expect(currentStreak(perDay, Date.parse('2026-03-10T00:00:00-07:00'))).toBe(0);
    expect(reviewsToday(perDay, Date.parse('2026-03-08T01:00:00-08:00'))).toBe(1);
  });
});
