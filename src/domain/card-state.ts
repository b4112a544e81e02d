// Pure types and helpers: nothing here loads ts-fsrs (see scheduler.ts for conversions).

/**
 * The scheduling state of one card as it is persisted: plain JSON, epoch ms, no Date.
 * A card with no record is new.
 */
export interface CardState {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardPhase;
  readonly lastReview: number | null;
}

/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardPhase = 0 | 1 | 2 | 3;
export const PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/** Again, Hard, Good, Easy, as ts-fsrs numbers them. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/**
 * What undo needs to restore a card exactly: the ts-fsrs ReviewLog of the answer plus
 * the card's due time before it. Kept for recent answers only (see store/layout.ts).
 */
export interface UndoData {
  /** The card's due time before the answer. */
  readonly prevDue: number;
  /** ts-fsrs ReviewLog.due: the previous review (or due) time. */
  readonly logDue: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly lastElapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
}

/** One answered card. Append-only; statistics derive from the log. */
export interface ReviewEntry {
  /** Unique across tabs and devices, so logs can be merged by id. */
  readonly id: string;
  readonly cardId: string;
  readonly rating: Grade;
  /** When the answer counts as given (epoch ms). */
  readonly review: number;
  /** The card's phase before this answer. */
  readonly state: CardPhase;
  /** Present for recent answers: what undo needs. */
  readonly undo?: UndoData;
}

/** An entry that still carries what undo needs (every fresh answer does). */
export type UndoableEntry = ReviewEntry & { readonly undo: UndoData };

/**
 * The stored state of `cardId`, looked up as an own property only: ids come from stored
 * or imported data, and a name like "constructor" must not find Object.prototype's member.
 */
export function ownCard(
  cards: Readonly<Record<string, CardState | undefined>>,
  cardId: string,
): CardState | undefined {
  return Object.hasOwn(cards, cardId) ? cards[cardId] : undefined;
}
