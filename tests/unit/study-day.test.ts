import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHASE } from '../../src/domain/card-state.ts';
import { isDue } from '../../src/domain/filtered-queue.ts';
import { buildQueue, examPlan, todaysNewLimit } from '../../src/domain/queue.ts';
import { ANSWER_TIME_CAP_MS, summarizeSession } from '../../src/domain/session-summary.ts';
import { currentStreak, reviewsPerDay, trueRetention } from '../../src/domain/stats.ts';
import {
  addExtraNew,
  cardsDueAhead,
  customSession,
  unseenCards,
} from '../../src/domain/study-more.ts';
import { DAY_MS, localDayKey, MINUTE_MS } from '../../src/domain/time.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import {
  answer,
  answerAll,
  cardState,
  EMPTY_HISTORY,
  type History,
  logEntry,
} from './fixtures/cards.ts';

const deckOrder = Array.from({ length: 12 }, (_, i) => `c${i}`);
// c0, c1, c2 test one fact (a row's which/does/values); c3 and c4 another.
const SIBLINGS = new Map<string, readonly string[]>([
  ['c0', ['c1', 'c2']],
  ['c1', ['c0', 'c2']],
  ['c2', ['c0', 'c1']],
  ['c3', ['c4']],
  ['c4', ['c3']],
]);

function queue(h: History, now: number, extra: Partial<Parameters<typeof buildQueue>[0]> = {}) {
  return buildQueue({ deckOrder, cards: h.cards, log: h.log, now, newPerDay: 20, ...extra });
}

describe.each([
  ['Asia/Seoul', 2026, 2, 10],
  ['America/New_York', 2026, 2, 10],
])('the study day in %s', (zone, year, month, day) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });
  /** Local wall-clock time in the zone under test, `day` + `plus` days. */
  const at = (hour: number, minute = 0, plus = 0) =>
    new Date(year, month, day + plus, hour, minute).getTime();

  describe('the exam plan', () => {
    const date = (plus: number) => localDayKey(at(12, 0, plus));

    it('spreads new cards over the days before the final three, counting in study days', () => {
      const pace = (d: string | null, now: number, dayStart = 0) =>
        examPlan(d, now, dayStart)?.paceDays ?? null;
      // Exam in 13 days: 10 days to see every card, then 3 for reviews.
      expect(pace(date(13), at(10))).toBe(10);
      // At 02:00 it is still the previous study day (it starts at 04:00): one more day.
      expect(pace(date(13), at(2, 0, 1), 4)).toBe(10);
      expect(pace(date(13), at(5, 0, 1), 4)).toBe(9);
      // In the final days and on the exam day: no pace; after it, or without a date: no plan.
      expect(pace(date(3), at(10))).toBeNull();
      expect(examPlan(date(3), at(10))?.finalDays?.from).toBe(at(0));
      expect(examPlan(date(0), at(10))?.finalDays).toBeDefined();
      expect(examPlan(date(-1), at(10))).toBeNull();
      expect(examPlan(null, at(10))).toBeNull();
      expect(examPlan('2026-02-31', at(10))).toBeNull();
    });

    it('in the final days every studied card comes once more, lowest recall on exam day first, within the review limit', () => {
      // Four cards learnt five days before (Easy: in review, due after the exam); c1 again
      // three days later, so it is fresher.
      const h = answerAll([
        ['c0', 4, at(10, 0, -5)],
        ['c1', 4, at(10, 0, -5)],
        ['c2', 4, at(10, 0, -5)],
        ['c3', 4, at(10, 0, -5)],
        ['c1', 4, at(10, 0, -2)],
      ]);
      for (const id of ['c0', 'c1', 'c2', 'c3'])
        expect(h.cards[id]?.due).toBeGreaterThan(at(0, 0, 1));
      const final = examPlan(date(2), at(10));
      if (!final?.finalDays) throw new Error('two days before the exam are final days');
      const q = queue(h, at(10), { finalDays: final.finalDays, newPerDay: 0 });
      expect(new Set(q.review)).toEqual(new Set(['c0', 'c1', 'c2', 'c3']));
      // c1, reviewed 10 days ago with more stability, has the highest recall: last.
      expect(q.review.at(-1)).toBe('c1');
      // Within the daily review limit.
      expect(
        queue(h, at(10), { finalDays: final.finalDays, maxReviewsPerDay: 2 }).review,
      ).toHaveLength(2);
      // Seen once in the final days (practice leaves the schedule): not asked again.
      const practised = {
        ...h,
        log: [...h.log, { ...logEntry('c0', 3, at(9)), practice: true as const }],
      };
      expect(queue(practised, at(10), { finalDays: final.finalDays }).review).not.toContain('c0');
      // Before the final days, none of this.
      expect(queue(h, at(10)).review).toEqual([]);
    });

    it("sets today's new-card limit to the pace, as of the day's start, plus study-more extras", () => {
      // 12 cards, none seen, 4 days to go: 3 a day, whatever the daily setting.
      expect(queue(EMPTY_HISTORY, at(10), { newPerDay: 20, paceDays: 4 }).fresh).toHaveLength(3);
      expect(queue(EMPTY_HISTORY, at(10), { newPerDay: 1, paceDays: 4 }).newLimit).toBe(3);
      // Two seen today: the pace stays 3 (10 unseen now, 12 at the day's start); 1 more.
      const h = answerAll([
        ['c5', 4, at(9)],
        ['c6', 4, at(9, 30)],
      ]);
      const q = queue(h, at(10), { paceDays: 4 });
      expect(q.newLimit).toBe(3);
      expect(q.fresh).toHaveLength(1);
      expect(queue(h, at(10), { paceDays: 4, extraToday: 5 }).fresh).toHaveLength(6);
    });
  });

  describe('learn ahead', () => {
    it('with nothing else due, a learning card due within 20 minutes shows now', () => {
      // c0 answered Again at 10:00: its 1-minute step is due at 10:01.
      const h = answer(EMPTY_HISTORY, 'c0', 1, at(10));
      const q = queue(h, at(10), { newPerDay: 1 });
      expect(q.learning).toEqual(['c0']);
      expect(q.fresh).toEqual([]);
    });

    it('while other cards are due, the learning card waits for its step', () => {
      const h = answer(EMPTY_HISTORY, 'c0', 1, at(10));
      const q = queue(h, at(10), { newPerDay: 5 });
      expect(q.learning).toEqual([]);
      expect(q.fresh.length).toBeGreaterThan(0);
      expect(q.nextLearningDue).toBe(at(10, 1));
    });

    it('past the limit there is a wait: a 10-minute step with a 5-minute limit', () => {
      // Good on a new card: the 10-minute step.
      const h = answer(EMPTY_HISTORY, 'c0', 3, at(10));
      const limit5 = queue(h, at(10), { newPerDay: 1, learnAheadMs: 5 * MINUTE_MS });
      expect(limit5.learning).toEqual([]);
      expect(limit5.nextLearningDue).toBe(at(10, 10));
      const limit20 = queue(h, at(10), { newPerDay: 1 });
      expect(limit20.learning).toEqual(['c0']);
    });

    it('twenty new cards with Good, then Good again: never a wait within the limit', () => {
      let h = EMPTY_HISTORY;
      let now = at(9);
      let waits = 0;
      for (let i = 0; i < 200; i++) {
        const q = queue(h, now, { newPerDay: 12 });
        const next = q.learning[0] ?? q.review[0] ?? q.fresh[0];
        if (next === undefined) {
          if (q.nextLearningDue === null) break;
          waits++;
          now = q.nextLearningDue;
          continue;
        }
        h = answer(h, next, 3, now);
        now += 8_000; // eight seconds a card
      }
      expect(waits).toBe(0);
      expect(Object.values(h.cards).every((c) => c.state === PHASE.review)).toBe(true);
    });
  });

  describe('burying siblings', () => {
    it('once a card is answered, its new siblings wait for the next study day', () => {
      const h = answer(EMPTY_HISTORY, 'c0', 3, at(10));
      const withBury = queue(h, at(10, 30), { siblings: SIBLINGS });
      expect(withBury.fresh).not.toContain('c1');
      expect(withBury.fresh).not.toContain('c2');
      expect(withBury.fresh).toContain('c3');
      const without = queue(h, at(10, 30));
      expect(without.fresh).toContain('c1');
      // The next study day (from 04:00) they are back.
      const tomorrow = queue(h, at(4, 0, 1), { siblings: SIBLINGS });
      expect(tomorrow.fresh.slice(0, 2)).toEqual(['c1', 'c2']);
    });

    it('review siblings are buried too; the answered card itself stays in its steps', () => {
      // c3 and c4 are review cards, both due today; c3 is answered Again.
      let h = answerAll([
        ['c3', 4, at(10, 0, -20)],
        ['c4', 4, at(10, 0, -20)],
      ]);
      const dueNow = at(9);
      expect(queue(h, dueNow, { siblings: SIBLINGS }).review).toEqual(['c3', 'c4']);
      h = answer(h, 'c3', 1, dueNow);
      const q = queue(h, dueNow + 20 * MINUTE_MS, { siblings: SIBLINGS, newPerDay: 0 });
      expect(q.review).toEqual([]);
      expect(q.learning).toEqual(['c3']);
    });

    it('an answer at 03:30 belongs to the day before: its siblings are free at 04:00', () => {
      const h = answer(EMPTY_HISTORY, 'c0', 3, at(3, 30, 1));
      expect(queue(h, at(3, 45, 1), { siblings: SIBLINGS, dayStart: 4 }).fresh).not.toContain('c1');
      expect(queue(h, at(4, 0, 1), { siblings: SIBLINGS, dayStart: 4 }).fresh).toContain('c1');
    });
  });

  describe('the day starts at 4 am', () => {
    it('new cards answered at 23:00 and at 03:59 count for the same day; 04:00 starts a new one', () => {
      const h = answerAll([
        ['c0', 4, at(23)],
        ['c1', 4, at(3, 59, 1)],
      ]);
      const late = queue(h, at(3, 59, 1), { newPerDay: 2, dayStart: 4 });
      expect(late.fresh).toEqual([]);
      const next = queue(h, at(4, 0, 1), { newPerDay: 2, dayStart: 4 });
      expect(next.fresh).toEqual(['c2', 'c3']);
      // Calendar days (day start 0) split the same two answers across two days.
      expect(queue(h, at(3, 59, 1), { newPerDay: 2, dayStart: 0 }).fresh).toEqual(['c2']);
    });

    it('a review due at 03:00 tomorrow is due today; one due at 04:00 tomorrow is not', () => {
      const cards = {
        c0: cardState(at(10, 0, -5), { due: at(3, 0, 1) }),
        c1: cardState(at(10, 0, -5), { due: at(4, 0, 1) }),
      };
      const q = buildQueue({
        deckOrder: ['c0', 'c1'],
        cards,
        log: [],
        now: at(21),
        newPerDay: 0,
        dayStart: 4,
      });
      expect(q.review).toEqual(['c0']);
      expect(isDue(cards.c0, at(21), { dayStart: 4 })).toBe(true);
      expect(isDue(cards.c1, at(21), { dayStart: 4 })).toBe(false);
    });

    it('the streak and the per-day counts follow the study day', () => {
      const log = [
        logEntry('a', 3, at(22, 0, -1)),
        logEntry('b', 3, at(2, 0)), // 02:00: still the day before
        logEntry('c', 3, at(11, 0)),
      ];
      const perDay = reviewsPerDay(log, 4);
      const yesterday = localDayKey(at(12, 0, -1), 4);
      const today = localDayKey(at(12), 4);
      expect(perDay.get(yesterday)).toBe(2);
      expect(perDay.get(today)).toBe(1);
      expect(currentStreak(perDay, at(12), 4)).toBe(2);
      expect(currentStreak(reviewsPerDay(log, 0), at(12), 0)).toBe(2);
    });

    it('extra new cards apply to the study day they were added on, and to no other', () => {
      const extra = { day: localDayKey(at(23), 4), count: 10 };
      expect(todaysNewLimit(20, extra, at(3, 59, 1), 4)).toBe(30);
      expect(todaysNewLimit(20, extra, at(4, 0, 1), 4)).toBe(20);
    });
  });
});

describe('practice: answers to cards not due leave the schedule and retention as they were', () => {
  const NOW = Date.UTC(2026, 2, 10, 10, 0);

  it('isDue: new, due learning (or within learn-ahead), review due today', () => {
    expect(isDue(undefined, NOW)).toBe(true);
    expect(isDue(cardState(NOW, { state: 1, due: NOW + 10 * MINUTE_MS }), NOW)).toBe(true);
    expect(isDue(cardState(NOW, { state: 1, due: NOW + 30 * MINUTE_MS }), NOW)).toBe(false);
    expect(isDue(cardState(NOW, { state: 2, due: NOW + 2 * DAY_MS }), NOW)).toBe(false);
    expect(isDue(cardState(NOW - DAY_MS, { state: 2, due: NOW }), NOW)).toBe(true);
  });

  it('rateCard on a card not due logs practice; the card state and retention stay', async () => {
    const store = createAppStore();
    await store.ready;
    rateCard(store, 'c0', 4, NOW - DAY_MS); // Easy: due in days
    rateCard(store, 'c1', 4, NOW - 20 * DAY_MS);
    rateCard(store, 'c1', 3, NOW - 2 * DAY_MS); // a real review (it was due), passed
    const before = store.getState().cards.c0;
    const retentionBefore = trueRetention(store.getState().log, NOW);
    expect(retentionBefore).toEqual({ answered: 1, passed: 1, rate: 1 });

    const entry = rateCard(store, 'c0', 1, NOW); // Again, ahead of time
    expect(entry.practice).toBe(true);
    expect(entry.state).toBe(PHASE.review);
    const after = store.getState().cards.c0;
    expect({ ...after, basis: 0 }).toEqual({ ...before, basis: 0 });
    expect(after?.lapses).toBe(0);
    expect(trueRetention(store.getState().log, NOW)).toEqual(retentionBefore);
    store.engine.dispose();

    // And after a reload (the log replayed), the same.
    const reloaded = createAppStore();
    await reloaded.ready;
    await reloaded.getState().refresh();
    expect({ ...reloaded.getState().cards.c0, basis: 0 }).toEqual({ ...before, basis: 0 });
    expect(reloaded.getState().log.at(-1)?.practice).toBe(true);
    reloaded.engine.dispose();
  });
});

describe('study more', () => {
  const NOW = Date.UTC(2026, 2, 10, 10, 0);
  const cards = {
    c0: cardState(NOW, { due: NOW + 0.5 * DAY_MS }), // due today (22:00)
    c1: cardState(NOW, { due: NOW + 1.5 * DAY_MS }), // tomorrow
    c2: cardState(NOW, { due: NOW + 2.5 * DAY_MS }), // in two days
    c3: cardState(NOW, { due: NOW + 9 * DAY_MS }), // in nine days
    c4: cardState(NOW, { state: 0, due: NOW }), // a new-state record
  };

  it('review ahead takes studied cards due after today within the window, soonest first', () => {
    expect(cardsDueAhead(deckOrder, cards, NOW, 1, 0)).toEqual(['c1']);
    expect(cardsDueAhead(deckOrder, cards, NOW, 3, 0)).toEqual(['c1', 'c2']);
    expect(cardsDueAhead(deckOrder, cards, NOW, 30, 0)).toEqual(['c1', 'c2', 'c3']);
  });

  it('a custom session takes studied cards soonest due first, then new ones, 20 at most', () => {
    const ids = ['c3', 'c4', 'c1', 'c5', 'c0'];
    expect(customSession(ids, cards)).toEqual(['c0', 'c1', 'c3', 'c4', 'c5']);
    expect(customSession(deckOrder, {}, 5)).toEqual(deckOrder.slice(0, 5));
  });

  it('unseen cards are the ones never answered', () => {
    expect(unseenCards(deckOrder.slice(0, 6), cards)).toEqual(['c4', 'c5']);
  });

  it('extra new cards add up within one day, start over on another, and stay within 999', () => {
    expect(addExtraNew(null, '2026-03-10', 10)).toEqual({ day: '2026-03-10', count: 10 });
    const once = addExtraNew(null, '2026-03-10', 10);
    expect(addExtraNew(once, '2026-03-10', 10)).toEqual({ day: '2026-03-10', count: 20 });
    expect(addExtraNew(once, '2026-03-11', 10)).toEqual({ day: '2026-03-11', count: 10 });
    expect(addExtraNew({ day: '2026-03-10', count: 995 }, '2026-03-10', 10).count).toBe(999);
  });
});

describe('session summary', () => {
  const at = (s: number) => 1_000_000 + s * 1000;
  it('counts distinct cards, first-try accuracy, answers by kind, capped time and the missed', () => {
    const summary = summarizeSession([
      { cardId: 'a', rating: 1, shownAt: at(0), at: at(5), state: 0, practice: false },
      { cardId: 'b', rating: 3, shownAt: at(5), at: at(205), state: 0, practice: false },
      { cardId: 'a', rating: 3, shownAt: at(400), at: at(410), state: 1, practice: false },
      { cardId: 'c', rating: 2, shownAt: at(410), at: at(420), state: 2, practice: false },
      { cardId: 'd', rating: 1, shownAt: at(420), at: at(421), state: 2, practice: true },
    ]);
    expect(summary).toEqual({
      answers: 5,
      cards: 4,
      firstTryRight: 2,
      accuracy: 0.5,
      fresh: 2,
      learning: 1,
      review: 1,
      practice: 1,
      // 5 s + 200 s capped at 60 s + 10 s + 10 s + 1 s; the 195 s wait before a's return is not counted.
      activeMs: (5 + 60 + 10 + 10 + 1) * 1000,
      missed: ['a', 'd'],
    });
    expect(ANSWER_TIME_CAP_MS).toBe(60_000);
  });

  it('with no answers, nothing to report', () => {
    expect(summarizeSession([]).accuracy).toBeNull();
  });
});
