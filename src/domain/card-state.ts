// Pure types and helpers: nothing here loads ts-fsrs (see scheduler.ts for conversions).

/**
 * The scheduling state of one card: plain JSON, epoch ms, no Date. A card with no record
 * is new. It is always the replay of the card's reviews (domain/replay.ts); `basis` names
 * which reviews (domain/log.ts), so a stored copy can be checked against the log.
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

/** A card state together with the reviews it is the replay of (see `Basis`). */
export interface TrackedCard extends CardState {
  readonly basis: number;
}

/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardPhase = 0 | 1 | 2 | 3;
export const PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/** Again, Hard, Good, Easy, as ts-fsrs numbers them. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** One answered card. The log of these is the source of truth; it is append-only. */
export interface ReviewEntry {
  /** Unique across tabs and devices, so logs can be merged by id. */
  readonly id: string;
  readonly cardId: string;
  readonly rating: Grade;
  /** When the answer counts as given (epoch ms). */
  readonly review: number;
  /** The card's phase before this answer. */
  readonly state: CardPhase;
  /** The retention target the answer was scheduled with; absent: the default (0.9). */
  readonly retention?: number;
  /** Answered ahead of time: kept in the log, but it does not move the schedule. */
  readonly practice?: true;
}

/**
 * The stored state of `cardId`, looked up as an own property only: ids come from stored
 * or imported data, and a name like "constructor" must not find Object.prototype's member.
 */
export function ownCard<T extends CardState>(
  cards: Readonly<Record<string, T | undefined>>,
  cardId: string,
): T | undefined {
  return Object.hasOwn(cards, cardId) ? cards[cardId] : undefined;
}
