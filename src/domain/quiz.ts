import type { ApiType } from '../content/types';
import type { Grade } from './card-state';

/**
 * Quiz mode for "which API type" cards: before the reveal the learner may pick one of
 * these, in this order (number keys 1-4).
 */
export const QUIZ_CHOICES = ['rest', 'http', 'websocket', 'many'] as const;
export type QuizChoice = (typeof QUIZ_CHOICES)[number];

/**
 * The right choice for a card whose answer is a set of API types: the type itself when
 * there is one, "more than one" otherwise. Null when the card has no such answer (or none
 * of the types), so it gets no choices.
 */
export function quizAnswer(answerTypes: readonly ApiType[] | undefined): QuizChoice | null {
  if (!answerTypes || answerTypes.length === 0) return null;
  return answerTypes.length === 1 ? (answerTypes[0] as ApiType) : 'many';
}

/** The rating suggested after a pick: Good when it was right, Again when not. */
export function suggestedGrade(pick: QuizChoice, answer: QuizChoice): Grade {
  return pick === answer ? 3 : 1;
}
