import { describe, expect, it } from 'vitest';
import type { CardState, Grade } from '../../src/domain/card-state.ts';
import { buildQueue } from '../../src/domain/queue.ts';
import { recallProbability } from '../../src/domain/recall.ts';
import { applyRating, previewRatings } from '../../src/domain/scheduler.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';

const T0 = Date.UTC(2026, 5, 1, 12, 0);
const DAY = 86_400_000;

describe('the device clock moves backwards', () => {
  it.each([
    ['a minute', 60_000],
    ['a day', DAY],
    ['ten days', 10 * DAY],
  ])('rating a card after the clock went back %s: no crash, no negative interval', (_, back) => {
    const first = applyRating('x', undefined, 4, T0, 'a').card;
    const earlier = T0 - back;
    for (const rating of [1, 2, 3, 4] as Grade[]) {
      const { card, entry } = applyRating('x', first, rating, earlier, 'b');
      expect(card.due).toBeGreaterThanOrEqual(entry.review);
      expect(entry.review).toBeGreaterThanOrEqual(first.lastReview as number);
      expect(card.stability).toBeGreaterThan(0);
    }
    for (const p of previewRatings(first, earlier)) expect(p.intervalMs).toBeGreaterThanOrEqual(0);
    expect(recallProbability(first, earlier)).toBeGreaterThan(0);
  });

  it('the store keeps every card exactly once through a clock that jumps back and forth', () => {
    const store = createAppStore();
    const ids = ['a', 'b', 'c', 'd'];
    const times = [T0, T0 + DAY, T0 - 3 * DAY, T0 + 2 * DAY, T0 - DAY, T0 + 5 * DAY];
    times.forEach((now, i) => {
      rateCard(store, ids[i % ids.length] as string, ((i % 4) + 1) as Grade, now);
    });
    const { cards, log } = store.getState();
    expect(log).toHaveLength(times.length);
    expect(Object.keys(cards).sort()).toEqual(ids);
    for (const now of times) {
      const q = buildQueue({ deckOrder: ids, cards, log, now, newPerDay: 20 });
      const all = [...q.learning, ...q.review, ...q.fresh];
      expect(new Set(all).size).toBe(all.length);
    }
    for (const card of Object.values(cards) as CardState[]) {
      expect(card.due).toBeGreaterThanOrEqual(card.lastReview as number);
    }
  });
});
