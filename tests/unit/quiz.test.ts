import { describe, expect, it } from 'vitest';
import { DECK } from '../../src/content/deck.ts';
import type { StudyCard } from '../../src/content/deck-builder.ts';
import { choiceQuestion, isRight, suggestedGrade, togglePick } from '../../src/domain/quiz.ts';

const card = (id: string): StudyCard => {
  const found = DECK.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

describe('choices', () => {
  it('a "which types" card asks for every type that applies, so "more than one" names them', () => {
    // API keys: REST and WebSocket.
    const q = choiceQuestion(card('feat.api-keys.which'), true);
    expect(q).toMatchObject({ kind: 'types', choose: 'all', correct: [0, 2] });
    expect(q?.options.map((o) => o.en)).toEqual(['REST API', 'HTTP API', 'WebSocket API']);
    if (!q) return;
    expect(isRight(q, [0])).toBe(false);
    expect(isRight(q, [0, 1, 2])).toBe(false);
    expect(isRight(q, togglePick(q, [2], 0))).toBe(true);
    expect(togglePick(q, [0, 2], 2)).toEqual([0]);
  });

  it('quiz mode off: no choices on types cards, but a scenario keeps its options', () => {
    expect(choiceQuestion(card('feat.api-keys.which'), false)).toBeNull();
    const scenario = DECK.find((c) => c.kind === 'scenario');
    expect(scenario && choiceQuestion(scenario, false)?.kind).toBe('scenario');
  });

  it('a scenario takes one pick, or two with "choose two" (a third lets go of the first)', () => {
    const one = DECK.find((c) => c.choices?.correct.length === 1);
    const two = DECK.find((c) => c.choices?.correct.length === 2);
    const q1 = one && choiceQuestion(one, true);
    const q2 = two && choiceQuestion(two, true);
    if (!q1 || !q2) throw new Error('the deck has single and choose-two scenarios');
    expect(q1.choose).toBe(1);
    expect(togglePick(q1, [0], 3)).toEqual([3]);
    expect(q2.choose).toBe(2);
    expect(q2.options).toHaveLength(5);
    expect(togglePick(q2, [0, 1], 4)).toEqual([1, 4]);
    expect(togglePick(q2, [0, 1], 9)).toEqual([0, 1]);
    expect(isRight(q2, [...q2.correct].reverse())).toBe(true);
    expect(isRight(q2, [q2.correct[0] as number])).toBe(false);
  });

  it('suggests Good when the picks are right and Again when not', () => {
    const q = choiceQuestion(card('feat.api-keys.which'), true);
    if (!q) throw new Error('no choices');
    expect(suggestedGrade(q, [0, 2])).toBe(3);
    expect(suggestedGrade(q, [0])).toBe(1);
  });

  it('offers type choices on the "which API type" cards only, and never where a type is partial', () => {
    const quizzed = DECK.filter((c) => choiceQuestion(c, true)?.kind === 'types');
    expect(new Set(quizzed.map((c) => c.kind))).toEqual(new Set(['which', 'use-case', 'trait']));
    expect(quizzed.length).toBeGreaterThan(40);
    for (const c of quizzed) expect(c.answer.en).not.toMatch(/partly/);
    for (const c of DECK.filter((d) => d.kind === 'use-case' || d.kind === 'trait')) {
      expect(choiceQuestion(c, true), c.id).not.toBeNull();
    }
  });
});
