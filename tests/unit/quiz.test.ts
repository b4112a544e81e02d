import { describe, expect, it } from 'vitest';
import { DECK } from '../../src/content/deck';
import { QUIZ_CHOICES, quizAnswer, suggestedGrade } from '../../src/domain/quiz';

describe('quiz mode', () => {
  it('the right choice is the one API type, or "more than one"', () => {
    expect(quizAnswer(['http'])).toBe('http');
    expect(quizAnswer(['websocket'])).toBe('websocket');
    expect(quizAnswer(['rest', 'websocket'])).toBe('many');
    expect(quizAnswer(['rest', 'http', 'websocket'])).toBe('many');
    expect(quizAnswer([])).toBeNull();
    expect(quizAnswer(undefined)).toBeNull();
  });

  it('suggests Good for a right pick and Again for a wrong one', () => {
    for (const answer of QUIZ_CHOICES) {
      for (const pick of QUIZ_CHOICES) {
        expect(suggestedGrade(pick, answer)).toBe(pick === answer ? 3 : 1);
      }
    }
  });

  it('offers choices on the "which API type" cards only, and never where a type is partial', () => {
    const quizzed = DECK.filter((c) => quizAnswer(c.answerTypes) !== null);
    expect(new Set(quizzed.map((c) => c.kind))).toEqual(new Set(['which', 'use-case', 'trait']));
    expect(quizzed.length).toBeGreaterThan(50);
    for (const card of quizzed) expect(card.answer.en).not.toMatch(/partly/);
    // API keys: REST and WebSocket support them.
    const apiKeys = DECK.find((c) => c.id === 'feat.api-keys.which');
    expect(quizAnswer(apiKeys?.answerTypes)).toBe('many');
    // Every card of the use-case and trait kinds has a plain right choice.
    for (const card of DECK.filter((c) => c.kind === 'use-case' || c.kind === 'trait')) {
      expect(quizAnswer(card.answerTypes), card.id).not.toBeNull();
    }
  });
});
