import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/domain/card-state.ts';
import { examForecast } from '../../src/domain/exam.ts';
import { recallProbability } from '../../src/domain/recall.ts';
import { DAY_MS } from '../../src/domain/time.ts';
import { cardState } from './fixtures/cards.ts';

const NOW = Date.UTC(2026, 10, 1, 9, 0);
const EXAM = NOW + 30 * DAY_MS;

// Three studied cards with known stability, one never studied.
const cards: Record<string, CardState> = {
  a: cardState(NOW, { stability: 60, lastReview: NOW, state: 2 }),
  b: cardState(NOW, { stability: 5, lastReview: NOW, state: 2 }),
  c: cardState(NOW, { stability: 30, lastReview: NOW, state: 2 }),
};
const byType = [
  { id: 'a', keys: ['rest'] },
  { id: 'b', keys: ['rest', 'http'] },
  { id: 'c', keys: ['http'] },
  { id: 'd', keys: ['websocket'] },
];
const rows = [
  { rowId: 'row-ab', cardIds: ['a', 'b'] },
  { rowId: 'row-c', cardIds: ['c'] },
  { rowId: 'row-d', cardIds: ['d'] },
  { rowId: 'row-empty', cardIds: [] },
];

describe('predicted recall on the exam day', () => {
  const r = (id: string) => recallProbability(cards[id], EXAM);
  const forecast = examForecast({ cards, byType, rows, examAt: EXAM });

  it('uses ts-fsrs retrievability at the exam date for studied cards', () => {
    // 30 days after review: stability 60 keeps most, 5 keeps least.
    expect(r('a')).toBeGreaterThan(r('c'));
    expect(r('c')).toBeGreaterThan(r('b'));
    expect(r('b')).toBeGreaterThan(0);
  });

  it('averages over the deck, counting a never-studied card as not known', () => {
    expect(forecast.deck).toBeCloseTo((r('a') + r('b') + r('c') + 0) / 4, 12);
  });

  it('averages per API type', () => {
    expect(forecast.byKey.get('rest')).toBeCloseTo((r('a') + r('b')) / 2, 12);
    expect(forecast.byKey.get('http')).toBeCloseTo((r('b') + r('c')) / 2, 12);
    expect(forecast.byKey.get('websocket')).toBe(0);
  });

  it('ranks studied rows weakest first; rows never studied are listed apart, not as weakest', () => {
    expect(forecast.weakestRows.map((w) => w.rowId)).toEqual(['row-ab', 'row-c']);
    expect(forecast.weakestRows[0]?.recall).toBeCloseTo((r('a') + r('b')) / 2, 12);
    expect(forecast.unstudiedRows).toEqual(['row-d']);
  });

  it('a row with one card studied counts as studied; a new-state record does not', () => {
    const more = {
      ...cards,
      d: cardState(NOW, { state: 0, reps: 0, stability: 0, lastReview: null }),
    };
    const partly = [...rows, { rowId: 'row-cd', cardIds: ['c', 'd'] }];
    const f = examForecast({ cards: more, byType, rows: partly, examAt: EXAM });
    expect(f.weakestRows.map((w) => w.rowId)).toEqual(['row-cd', 'row-ab', 'row-c']);
    expect(f.unstudiedRows).toEqual(['row-d']);
  });

  it('predicts less recall for a later exam', () => {
    const later = examForecast({ cards, byType, rows, examAt: EXAM + 60 * DAY_MS });
    expect(later.deck).toBeLessThan(forecast.deck);
  });
});
