import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardState, Grade } from '../../src/domain/card-state.ts';
import { buildFilteredQueue } from '../../src/domain/filtered-queue.ts';
import { nextCardId } from '../../src/domain/queue.ts';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time.ts';
import { answer, answerAll, cardState, EMPTY_HISTORY } from './fixtures/cards.ts';

describe('buildFilteredQueue in Asia/Seoul', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Seoul';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  const T = Date.parse('2026-03-10T09:00:00+09:00');

  function session(
    ids: readonly string[],
    cards: Readonly<Record<string, CardState | undefined>>,
    now: number,
    answered: readonly string[] = [],
  ) {
    return buildFilteredQueue({ ids, cards, now, answered: new Set(answered) });
  }

  it('unanswered ids keep the given order: studied ones in review, new ones in fresh', () => {
    const cards = {
      // Studied cards in every phase, dues out of order: the session ignores due dates.
      s1: cardState(T, { due: T - 5 * DAY_MS }),
      s2: cardState(T, { due: T + 30 * DAY_MS }),
      s3: cardState(T, { state: 1, due: T + 5 * MINUTE_MS }),
      s4: cardState(T, { state: 3, due: T - MINUTE_MS }),
      n2: cardState(T, { state: 0, reps: 0, lastReview: null }),
    };
    const q = session(['s2', 'n1', 's4', 's1', 'n2', 's3'], cards, T);
    expect(q.review).toEqual(['s2', 's4', 's1', 's3']);
    expect(q.fresh).toEqual(['n1', 'n2']);
    expect(q.learning).toEqual([]);
    expect(q.nextLearningDue).toBeNull();
    expect(q.nextDue).toBeNull();
    expect(nextCardId(q)).toBe('s2');
  });

  it.each<[string, Grade[], CardState['state'], number]>([
    ['a new card answered Again (1-minute step)', [1], 1, MINUTE_MS],
    ['a new card answered Good (10-minute step)', [3], 1, 10 * MINUTE_MS],
    ['a review card answered Again (10-minute relearning step)', [4, 1], 3, 10 * MINUTE_MS],
  ])('%s comes back once due; until then nextLearningDue says when', (_n, grades, phase, step) => {
    // Answers 30 days apart, the last one at T.
    const h = answerAll(
      grades.map((g, i) => ['x', g, T - (grades.length - 1 - i) * 30 * DAY_MS] as const),
    );
    expect(h.cards.x?.state).toBe(phase);
    const ids = ['x', 'other'];
    const waiting = session(ids, h.cards, T + step - 1, ['x']);
    expect(waiting.learning).toEqual([]);
    expect(waiting.review).toEqual([]);
    expect(waiting.fresh).toEqual(['other']);
    expect(waiting.nextLearningDue).toBe(T + step);
    expect(waiting.nextDue).toBe(T + step);
    const due = session(ids, h.cards, T + step, ['x']);
    expect(due.learning).toEqual(['x']);
    expect(due.nextLearningDue).toBeNull();
    expect(nextCardId(due)).toBe('x');
    // Still there later on, when overdue.
    expect(session(ids, h.cards, T + DAY_MS, ['x']).learning).toEqual(['x']);
  });

  it('answered learning cards come back earliest due first', () => {
    let h = answer(EMPTY_HISTORY, 'a', 1, T); // due T+1m
    h = answer(h, 'b', 3, T); // due T+10m
    h = answer(h, 'c', 1, T + 2 * MINUTE_MS); // due T+3m
    const ids = ['b', 'c', 'a'];
    const all = ['a', 'b', 'c'];
    expect(session(ids, h.cards, T + 15 * MINUTE_MS, all).learning).toEqual(['a', 'c', 'b']);
    const partly = session(ids, h.cards, T + 5 * MINUTE_MS, all);
    expect(partly.learning).toEqual(['a', 'c']);
    expect(partly.nextLearningDue).toBe(T + 10 * MINUTE_MS);
  });

  it('an answered card in review state does not come back, even when overdue', () => {
    const h = answer(EMPTY_HISTORY, 'x', 4, T); // Easy: review, due in 8 days
    const x = h.cards.x as CardState;
    expect(x.state).toBe(2);
    expect(x.due).toBe(T + 8 * DAY_MS);
    for (const now of [T + MINUTE_MS, T + 9 * DAY_MS]) {
      const q = session(['x', 'y'], h.cards, now, ['x']);
      expect(q.learning).toEqual([]);
      expect(q.review).toEqual([]);
      expect(q.fresh).toEqual(['y']);
      expect(q.nextLearningDue).toBeNull();
      expect(q.nextDue).toBe(T + 8 * DAY_MS);
    }
  });

  it('a learning step due after local midnight is not due today', () => {
    const evening = Date.parse('2026-03-10T23:55:00+09:00');
    const h = answer(EMPTY_HISTORY, 'x', 3, evening); // due 00:05 tomorrow
    const q = session(['x'], h.cards, evening + MINUTE_MS, ['x']);
    expect(q.learning).toEqual([]);
    expect(q.nextLearningDue).toBeNull();
    expect(q.nextDue).toBe(evening + 10 * MINUTE_MS);
  });

  it('skips answered ids whose card is missing', () => {
    const cards = { s: cardState(T) };
    const q = session(['ghost', 'n', 's'], cards, T, ['ghost']);
    expect(q.learning).toEqual([]);
    expect(q.review).toEqual(['s']);
    expect(q.fresh).toEqual(['n']);
    expect(q.nextDue).toBeNull();
    expect(q.nextLearningDue).toBeNull();
  });
});
