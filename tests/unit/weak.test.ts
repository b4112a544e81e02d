import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardState, Grade, ReviewEntry } from '../../src/domain/card-state.ts';
import { recallProbability } from '../../src/domain/recall.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/domain/time.ts';
import {
  assessCard,
  missedCards,
  rankWeakCards,
  WEAK_RULES,
  type WeakReason,
} from '../../src/domain/weak.ts';
import { answer, cardState, EMPTY_HISTORY, type History, logEntry } from './fixtures/cards.ts';

const NOW = Date.parse('2026-03-10T09:00:00+09:00');

/**
 * A review card answered Good yesterday, stability 50 days: recall now is 0.997.
 * Recall counts whole days since the last review (ts-fsrs), so these values are exact.
 */
const healthy = cardState(NOW - DAY_MS, { stability: 50 });

/** Reasons for one card, or null when it is not weak. */
function reasonsOf(
  state: CardState | undefined,
  last: Grade | undefined,
  now = NOW,
): readonly WeakReason[] | null {
  return assessCard('card', state, last === 1, now)?.reasons ?? null;
}

describe('assessCard: the weak-card rule on literal states', () => {
  it('uses the documented thresholds', () => {
    expect(WEAK_RULES).toEqual({ lapses: 2, leechLapses: 8, recall: 0.8 });
  });

  it.each<[string, CardState | undefined, Grade | undefined, WeakReason[] | null]>([
    ['never answered (no state)', undefined, undefined, null],
    ['no state, even with an Again left in the log', undefined, 1, null],
    [
      'a new-state record with lapses and a last Again',
      cardState(NOW, { state: 0, reps: 0, stability: 0, lapses: 3, lastReview: null }),
      1,
      null,
    ],
    ['healthy: review, last Good, recall 0.997', healthy, 3, null],
    ['1 lapse is below the threshold', { ...healthy, lapses: 1 }, 3, null],
    ['2 lapses', { ...healthy, lapses: 2 }, 3, ['lapses']],
    ['7 lapses', { ...healthy, lapses: 7 }, 4, ['lapses']],
    ['8 lapses: a leech, not also lapses', { ...healthy, lapses: 8 }, 3, ['leech']],
    ['20 lapses: a leech', { ...healthy, lapses: 20 }, 3, ['leech']],
    ['last answer Again', healthy, 1, ['missed']],
    ['last answer Hard is not Again', healthy, 2, null],
    // Stability 10: 34 whole days give recall 0.7976, 33 days give 0.8005.
    ['recall 0.7976 (stability 10, 34 days)', cardState(NOW - 34 * DAY_MS), 3, ['low-recall']],
    ['recall 0.8005 (stability 10, 33 days)', cardState(NOW - 33 * DAY_MS), 3, null],
    [
      'relearning leech, last Again, recall 0.627 (stability 2, 40 days)',
      cardState(NOW - 40 * DAY_MS, { stability: 2, lapses: 9, state: 3 }),
      1,
      ['leech', 'missed', 'low-recall'],
    ],
    [
      '2 lapses, last Again, low recall',
      cardState(NOW - 40 * DAY_MS, { stability: 2, lapses: 2 }),
      1,
      ['lapses', 'missed', 'low-recall'],
    ],
  ])('%s', (_name, state, last, expected) => {
    expect(reasonsOf(state, last)).toEqual(expected);
  });

  it('reports the lapses and the recall probability now', () => {
    const state = cardState(NOW - 34 * DAY_MS, { lapses: 3 });
    const weak = assessCard('card-7', state, false, NOW);
    expect(weak?.cardId).toBe('card-7');
    expect(weak?.lapses).toBe(3);
    expect(weak?.recall).toBeCloseTo(0.7976, 4);
    expect(weak?.recall).toBe(recallProbability(state, NOW));
  });
});

/** Answers a new card with `grades`, each at the card's due time, starting at `start`. */
function studyAtDue(grades: readonly Grade[], start: number): History {
  let h = EMPTY_HISTORY;
  let at = start;
  for (const grade of grades) {
    h = answer(h, 'card', grade, at);
    at = (h.cards.card as CardState).due;
  }
  return h;
}

// Again on a review card, Good out of relearning (the same day), then Good at the next due
// (a later day: only that shows the card recalled again).
const lapse: Grade[] = [1, 3, 3];

describe('assessCard: the weak-card rule on states from real ratings', () => {
  it.each<[string, Grade[], number, WeakReason[] | null]>([
    ['Easy, then Good at due: review, recall 1', [4, 3], 0, null],
    ['Easy, checked one hour later', [4], HOUR_MS, null],
    ['Again on a new card', [1], 0, ['missed']],
    ['Easy, then Again at due (first lapse)', [4, 1], 0, ['missed']],
    ['Easy, Again, Good, Good a day later: one lapse only', [4, ...lapse], 0, null],
    ['Easy, Again, then Good the same day: still missed', [4, 1, 3], 0, ['missed']],
    ['two lapses, last Good', [4, ...lapse, ...lapse], 0, ['lapses']],
    [
      'eight lapses, last Good',
      [4, ...Array.from({ length: 8 }, () => lapse).flat()],
      0,
      ['leech'],
    ],
    // Easy gives stability 8.3 days; 40 days later recall is 0.764.
    ['Easy, then 40 days unreviewed', [4], 40 * DAY_MS, ['low-recall']],
  ])('%s', (_name, grades, delay, expected) => {
    const h = studyAtDue(grades, NOW - 400 * DAY_MS);
    const state = h.cards.card as CardState;
    const at = (state.lastReview as number) + delay;
    const missed = missedCards(h.log).has('card');
    expect(assessCard('card', state, missed, at)?.reasons ?? null).toEqual(expected);
  });

  it('counts lapses from real ratings: eight Again answers on review cards make a leech', () => {
    const h = studyAtDue([4, ...Array.from({ length: 8 }, () => lapse).flat()], NOW - 400 * DAY_MS);
    expect(h.cards.card?.lapses).toBe(8);
    expect(h.cards.card?.state).toBe(2);
  });
});

describe('rankWeakCards', () => {
  const leech = { ...healthy, lapses: 8 };
  const twoLapses = { ...healthy, lapses: 2 };
  // Recall 0.627 after 40 days at stability 2.
  const lowRecall = cardState(NOW - 40 * DAY_MS, { stability: 2 });
  // A review card answered Again ten minutes ago: relearning, 1 lapse, recall 1.
  const lapsed = answer(
    answer(EMPTY_HISTORY, 'x', 4, NOW - 30 * DAY_MS),
    'x',
    1,
    NOW - 10 * MINUTE_MS,
  );
  const lastAgain = lapsed.cards.x as CardState;

  it('the lapsed fixture is what the ranking cases assume', () => {
    expect(lastAgain.state).toBe(3);
    expect(lastAgain.lapses).toBe(1);
    expect(reasonsOf(lastAgain, 1)).toEqual(['missed']);
    expect(reasonsOf(lowRecall, 3)).toEqual(['low-recall']);
  });

  it.each<[string, CardState, Grade, string, CardState, Grade]>([
    ['a leech', leech, 3, 'a card with 2 lapses', twoLapses, 3],
    [
      'a leech',
      leech,
      3,
      'a card with 2 lapses, last Again and recall 0.44',
      // Weak on every other count (score 2.06): only the leech bonus keeps the leech first.
      cardState(NOW - 200 * DAY_MS, { stability: 1, lapses: 2 }),
      1,
    ],
    ['a card last answered Again', lastAgain, 1, 'a card only low in recall', lowRecall, 3],
    ['a card with 2 lapses', twoLapses, 3, 'a card only low in recall', lowRecall, 3],
  ])('%s ranks above %s', (_a, stronger, strongerLast, _b, weaker, weakerLast) => {
    const cards = { first: weaker, second: stronger };
    const log: ReviewEntry[] = [
      logEntry('second', strongerLast, NOW - 2 * HOUR_MS),
      logEntry('first', weakerLast, NOW - HOUR_MS),
    ];
    const ranked = rankWeakCards(['first', 'second'], cards, log, NOW);
    expect(ranked.map((w) => w.cardId)).toEqual(['second', 'first']);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it('keeps the given order for equal scores', () => {
    const cards = { b: twoLapses, a: twoLapses, top: leech };
    const ids = (order: string[]) => rankWeakCards(order, cards, [], NOW).map((w) => w.cardId);
    expect(ids(['b', 'top', 'a'])).toEqual(['top', 'b', 'a']);
    expect(ids(['a', 'top', 'b'])).toEqual(['top', 'a', 'b']);
  });

  it('leaves out healthy, new and unknown cards', () => {
    const cards = { ok: healthy, weak: twoLapses };
    const log = [logEntry('never', 1, NOW - HOUR_MS)];
    const ranked = rankWeakCards(['ok', 'never', 'weak'], cards, log, NOW);
    expect(ranked.map((w) => w.cardId)).toEqual(['weak']);
  });

  it('ignores cards not in cardIds, even weak ones with an Again in the log', () => {
    const cards = { outside: leech, inside: twoLapses };
    const log = [logEntry('outside', 1, NOW - HOUR_MS), logEntry('inside', 3, NOW - HOUR_MS)];
    const ranked = rankWeakCards(['inside'], cards, log, NOW);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.cardId).toBe('inside');
    expect(ranked[0]?.reasons).toEqual(['lapses']);
  });

  it('a card missed stays weak until answered right on a later day', () => {
    const cards = { a: healthy, b: healthy };
    // a: Again two days ago, Good yesterday (recovered); b: Again then Good yesterday.
    // (NOW is midnight UTC, the test zone: NOW - 3 h is yesterday.)
    const log = [
      logEntry('a', 1, NOW - 2 * DAY_MS),
      logEntry('b', 3, NOW - 2 * DAY_MS + HOUR_MS),
      logEntry('a', 3, NOW - 3 * HOUR_MS),
      logEntry('b', 1, NOW - 2 * HOUR_MS),
      logEntry('b', 3, NOW - HOUR_MS),
    ];
    const ranked = rankWeakCards(['a', 'b'], cards, log, NOW);
    expect(ranked.map((w) => [w.cardId, w.reasons])).toEqual([['b', ['missed']]]);
  });
});

describe('missedCards', () => {
  it('is empty for an empty log, and for answers that were never Again', () => {
    expect(missedCards([]).size).toBe(0);
    expect(missedCards([logEntry('a', 2, NOW), logEntry('b', 4, NOW)]).size).toBe(0);
  });

  it('a retry the same day does not clear a miss; a practice answer a day later does', () => {
    const missed = [logEntry('a', 1, NOW - 2 * HOUR_MS), logEntry('a', 4, NOW - HOUR_MS)];
    expect([...missedCards(missed)]).toEqual(['a']);
    const later = { ...logEntry('a', 3, NOW + DAY_MS), practice: true as const };
    expect([...missedCards([...missed, later])]).toEqual([]);
    // Missed again after being recovered: weak again.
    expect([...missedCards([...missed, later, logEntry('a', 1, NOW + 2 * DAY_MS)])]).toEqual(['a']);
  });

  describe.each(['Asia/Seoul', 'America/New_York'])(
    'with the day starting at 4 am in %s',
    (zone) => {
      const saved = process.env.TZ;
      beforeAll(() => {
        process.env.TZ = zone;
      });
      afterAll(() => {
        process.env.TZ = saved;
      });
      /** Local wall-clock time on 2026-03-10/11 in the zone under test. */
      const at = (day: number, hour: number, minute = 0) =>
        new Date(2026, 2, day, hour, minute).getTime();

      it('a miss at 23:00 answered right at 03:59 is the same study day: still missed', () => {
        const log = [logEntry('a', 1, at(10, 23)), logEntry('a', 3, at(11, 3, 59))];
        expect(missedCards(log, 4).has('a')).toBe(true);
        // With calendar days (midnight), 03:59 is already the next day.
        expect(missedCards(log, 0).has('a')).toBe(false);
      });

      it('answered right at 04:00 the next morning: recovered', () => {
        const log = [logEntry('a', 1, at(10, 23)), logEntry('a', 3, at(11, 4))];
        expect(missedCards(log, 4).has('a')).toBe(false);
      });

      it('a miss at 03:00 belongs to the day before: right at 05:00 is a later day', () => {
        const log = [logEntry('a', 1, at(11, 3)), logEntry('a', 3, at(11, 5))];
        expect(missedCards(log, 4).has('a')).toBe(false);
        expect(missedCards(log, 0).has('a')).toBe(true);
      });
    },
  );
});
