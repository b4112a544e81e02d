import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/domain/card-state.ts';
import {
  isMastered,
  MASTERED_STABILITY_DAYS,
  type RowMastery,
  rowMastery,
} from '../../src/domain/mastery.ts';
import { cardState } from './fixtures/cards.ts';

const AT = Date.parse('2026-03-10T09:00:00+09:00');

/** A review card with the given stability. */
const review = (stability: number): CardState => cardState(AT, { stability });
const unstudied = cardState(AT, { state: 0, reps: 0, stability: 0, lastReview: null });

describe('isMastered', () => {
  it('uses 21 days, as Anki calls a card mature', () => {
    expect(MASTERED_STABILITY_DAYS).toBe(21);
  });

  it.each<[string, CardState | undefined, boolean]>([
    ['no state', undefined, false],
    ['new state', { ...unstudied, stability: 30 }, false],
    ['learning, stability 30', cardState(AT, { state: 1, stability: 30 }), false],
    ['review, stability 20.99', review(20.99), false],
    ['review, stability exactly 21', review(21), true],
    ['review, stability 21.01', review(21.01), true],
    ['review, stability 300', review(300), true],
    ['relearning, stability 100', cardState(AT, { state: 3, stability: 100 }), false],
  ])('%s -> %s', (_name, state, expected) => {
    expect(isMastered(state)).toBe(expected);
  });
});

describe('rowMastery', () => {
  const AB = ['a', 'b'];
  it.each<[string, RowMastery, string[], Record<string, CardState | undefined>, string[]]>([
    ['an empty row', 'not-studied', [], {}, []],
    ['no cards answered (no states)', 'not-studied', AB, { a: undefined, b: undefined }, []],
    ['only new-state records', 'not-studied', AB, { a: unstudied, b: unstudied }, []],
    // weakIds only come from assessCard, which never flags an unstudied card.
    ['a weak id on an unstudied card', 'not-studied', AB, { a: unstudied }, ['a']],
    ['one weak card among learning ones', 'weak', AB, { a: review(5), b: review(3) }, ['b']],
    ['one weak card among mastered ones', 'weak', AB, { a: review(30), b: review(40) }, ['a']],
    [
      'a weak card next to an unstudied one',
      'weak',
      AB,
      { b: cardState(AT, { state: 3, stability: 1 }) },
      ['b'],
    ],
    ['all review with stability >= 21', 'solid', AB, { a: review(21), b: review(60) }, []],
    ['a one-card row, mastered', 'solid', ['a'], { a: review(25) }, []],
    ['one card at stability 20.9', 'learning', AB, { a: review(40), b: review(20.9) }, []],
    ['one card unstudied, the other mastered', 'learning', AB, { a: review(40) }, []],
    ['one card new-state, the other mastered', 'learning', AB, { a: unstudied, b: review(40) }, []],
    [
      'one card relearning with high stability',
      'learning',
      AB,
      { a: review(40), b: cardState(AT, { state: 3, stability: 50 }) },
      [],
    ],
    [
      'one card still in learning',
      'learning',
      AB,
      { a: review(40), b: cardState(AT, { state: 1, stability: 2 }) },
      [],
    ],
    ['weak ids outside the row do not count', 'solid', AB, { a: review(40), b: review(30) }, ['z']],
  ])('%s -> %s', (_name, expected, ids, cards, weakIds) => {
    expect(rowMastery(ids, cards, new Set(weakIds))).toBe(expected);
  });

  it('judges only the row: mastered cards stored outside it do not make it solid', () => {
    const cards = { a: review(40), b: undefined, other: review(40) };
    expect(rowMastery(['a', 'b'], cards, new Set())).toBe('learning');
    expect(rowMastery(['a', 'other'], cards, new Set())).toBe('solid');
  });
});
