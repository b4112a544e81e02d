import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardState, Grade, ReviewEntry } from '../../src/domain/card-state.ts';
import { buildQueue, newCardsStudiedToday, nextCardId } from '../../src/domain/queue.ts';
import { applyRating } from '../../src/domain/scheduler.ts';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time.ts';

const deckOrder = Array.from({ length: 30 }, (_, i) => `card-${i}`);

interface History {
  cards: Record<string, CardState>;
  log: ReviewEntry[];
}

function answer(h: History, cardId: string, rating: Grade, at: number): History {
  const { card, entry } = applyRating(cardId, h.cards[cardId], rating, at, `${cardId}@${at}`);
  return { cards: { ...h.cards, [cardId]: card }, log: [...h.log, entry] };
}

const empty: History = { cards: {}, log: [] };

function queueAt(h: History, now: number, newPerDay = 20) {
  return buildQueue({ deckOrder, cards: h.cards, log: h.log, now, newPerDay });
}

describe.each([
  ['Asia/Seoul', '2026-03-10T09:00:00+09:00'],
  ['America/New_York', '2026-03-10T09:00:00-04:00'],
])('queue in %s', (zone, morningIso) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });
  const morning = Date.parse(morningIso);

  it('a fresh deck offers new cards in deck order, up to the daily limit', () => {
    const q = queueAt(empty, morning);
    expect(q.learning).toEqual([]);
    expect(q.review).toEqual([]);
    expect(q.fresh).toEqual(deckOrder.slice(0, 20));
    expect(nextCardId(q)).toBe('card-0');
  });

  it('orders due learning cards first (by due), then due reviews, then new cards', () => {
    let h = empty;
    // Two review cards: Easy graduates straight to review.
    h = answer(h, 'card-5', 4, morning - 40 * DAY_MS);
    h = answer(h, 'card-6', 4, morning - 30 * DAY_MS);
    // Two learning cards, answered Again at different times.
    h = answer(h, 'card-2', 1, morning - 10 * MINUTE_MS);
    h = answer(h, 'card-1', 1, morning - 20 * MINUTE_MS);
    const q = queueAt(h, morning);
    expect(q.learning).toEqual(['card-1', 'card-2']);
    expect(q.review).toEqual(['card-5', 'card-6']);
    expect(q.fresh[0]).toBe('card-0');
    expect(q.fresh).not.toContain('card-1');
    expect(nextCardId(q)).toBe('card-1');
  });

  it("counts new cards from today's first-time answers in the log", () => {
    let h = empty;
    for (let i = 0; i < 5; i++) h = answer(h, `card-${i}`, 3, morning + i * MINUTE_MS);
    // A second answer to the same card is not a new card.
    h = answer(h, 'card-0', 3, morning + 20 * MINUTE_MS);
    const later = morning + 30 * MINUTE_MS;
    expect(newCardsStudiedToday(h.log, later)).toBe(5);
    expect(queueAt(h, later, 7).fresh).toEqual(['card-5', 'card-6']);
    expect(queueAt(h, later, 5).fresh).toEqual([]);
  });

  it('a card answered Again comes back once its 1-minute step is due', () => {
    const h = answer(empty, 'card-0', 1, morning);
    const soon = queueAt(h, morning + 30_000);
    expect(soon.learning).toEqual([]);
    expect(soon.nextLearningDue).toBe(morning + MINUTE_MS);
    expect(nextCardId(soon)).toBe('card-1');
    const due = queueAt(h, morning + MINUTE_MS);
    expect(nextCardId(due)).toBe('card-0');
  });

  it('the new-card limit resets at local midnight, not UTC midnight', () => {
    let h = empty;
    const lateEvening = morning + 14 * 60 * MINUTE_MS + 50 * MINUTE_MS; // 23:50 local
    for (let i = 0; i < 3; i++) h = answer(h, `card-${i}`, 4, lateEvening + i * 1000);
    const beforeMidnight = lateEvening + 5 * MINUTE_MS; // 23:55 local
    const afterMidnight = lateEvening + 20 * MINUTE_MS; // 00:10 local
    expect(queueAt(h, beforeMidnight, 3).fresh).toEqual([]);
    expect(queueAt(h, afterMidnight, 3).fresh).toEqual(['card-3', 'card-4', 'card-5']);
  });

  it("a review card due later today is in today's queue; one due tomorrow is not", () => {
    let h = answer(empty, 'card-0', 4, morning - 8 * DAY_MS);
    h = answer(h, 'card-1', 4, morning - 8 * DAY_MS);
    const dueToday = morning + 10 * 60 * MINUTE_MS; // 19:00 local
    const dueTomorrow = morning + 16 * 60 * MINUTE_MS; // 01:00 local, next day
    h.cards['card-0'] = { ...(h.cards['card-0'] as CardState), due: dueToday };
    h.cards['card-1'] = { ...(h.cards['card-1'] as CardState), due: dueTomorrow };
    const q = queueAt(h, morning, 0);
    expect(q.review).toEqual(['card-0']);
    expect(q.nextDue).toBe(dueTomorrow);
  });

  it('ignores stored cards that are no longer in the deck', () => {
    const h = answer(empty, 'removed-card', 1, morning - DAY_MS);
    const q = queueAt(h, morning);
    expect(q.learning).toEqual([]);
    expect(q.nextDue).toBeNull();
  });

  it('nothing due: reports when the next card is due', () => {
    let h = empty;
    for (const id of deckOrder) h = answer(h, id, 4, morning - DAY_MS);
    const q = queueAt(h, morning);
    expect(nextCardId(q)).toBeUndefined();
    const dues = Object.values(h.cards).map((c) => c.due);
    expect(q.nextDue).toBe(Math.min(...dues));
  });
});

describe('maximum reviews per day', () => {
  const morning = Date.UTC(2026, 2, 10, 1, 0);
  it('shows at most that many review cards, counting the ones already answered today', () => {
    let h = empty;
    for (let i = 0; i < 6; i++) h = answer(h, `card-${i}`, 4, morning - 30 * DAY_MS);
    const all = buildQueue({ deckOrder, cards: h.cards, log: h.log, now: morning, newPerDay: 0 });
    expect(all.review).toHaveLength(6);
    const capped = buildQueue({
      deckOrder,
      cards: h.cards,
      log: h.log,
      now: morning,
      newPerDay: 0,
      maxReviewsPerDay: 4,
    });
    expect(capped.review).toEqual(all.review.slice(0, 4));
    // Two reviews answered today leave room for two more.
    h = answer(h, all.review[0] as string, 3, morning + 1000);
    h = answer(h, all.review[1] as string, 3, morning + 2000);
    const later = buildQueue({
      deckOrder,
      cards: h.cards,
      log: h.log,
      now: morning + 3000,
      newPerDay: 0,
      maxReviewsPerDay: 4,
    });
    expect(later.review).toHaveLength(2);
  });
});
