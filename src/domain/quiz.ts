import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import type { StudyCard } from '../content/deck-builder.ts';
import { API_TYPES, type Text } from '../content/types.ts';
import type { Grade } from './card-state.ts';

/**
 * A card answered by choosing, before the reveal:
 * - "which API types" cards (quiz mode): REST / HTTP / WebSocket, pick every type that
 *   applies (keys 1-3), so "more than one" must name them;
 * - scenario cards: options A-E, one answer, or two when the card says "choose two"
 *   (keys 1-5).
 */
export interface ChoiceQuestion {
  readonly kind: 'types' | 'scenario';
  readonly options: readonly Text[];
  /** Indexes of the right options. */
  readonly correct: readonly number[];
  /** How many to pick: every option that applies ('all'), or exactly 1 or 2. */
  readonly choose: 'all' | 1 | 2;
  /** Scenario cards: per option, why it is wrong (null for a right one). */
  readonly why?: readonly (Text | null)[];
}

const TYPE_OPTIONS: readonly Text[] = API_TYPES.map((t) => ({
  ko: API_TYPE_LABEL[t],
  en: API_TYPE_LABEL[t],
}));

/**
 * The choices a card offers: a scenario card always (its options are part of the
 * question), a card whose answer is a set of API types when quiz mode is on. Null: the
 * card is answered from memory alone.
 */
export function choiceQuestion(card: StudyCard, quizMode: boolean): ChoiceQuestion | null {
  if (card.choices) {
    const { options, correct, why } = card.choices;
    return { kind: 'scenario', options, correct, choose: correct.length === 2 ? 2 : 1, why };
  }
  if (!quizMode || !card.answerTypes || card.answerTypes.length === 0) return null;
  const types = card.answerTypes;
  const correct = API_TYPES.flatMap((t, i) => (types.includes(t) ? [i] : []));
  return { kind: 'types', options: TYPE_OPTIONS, correct, choose: 'all' };
}

/**
 * The picks after choosing option `index`: with one answer it replaces the pick; otherwise
 * it toggles, and for "choose two" a third pick lets go of the earliest.
 */
export function togglePick(
  question: ChoiceQuestion,
  picks: readonly number[],
  index: number,
): number[] {
  if (index < 0 || index >= question.options.length) return [...picks];
  if (question.choose === 1) return [index];
  if (picks.includes(index)) return picks.filter((i) => i !== index);
  const next = [...picks, index];
  return question.choose === 2 && next.length > 2 ? next.slice(-2) : next;
}

/** Whether the picks are exactly the right options. */
export function isRight(question: ChoiceQuestion, picks: readonly number[]): boolean {
  const right = new Set(question.correct);
  return picks.length === right.size && picks.every((i) => right.has(i));
}

/** The rating suggested after picking: Good when right, Again when not. */
export function suggestedGrade(question: ChoiceQuestion, picks: readonly number[]): Grade {
  return isRight(question, picks) ? 3 : 1;
}
