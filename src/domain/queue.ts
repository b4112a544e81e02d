import { type CardState, PHASE, type ReviewEntry } from './card-state';
import { addLocalDays, startOfLocalDay } from './time';

export { DEFAULT_NEW_PER_DAY } from './defaults';

export interface QueueInput {
  /** Card ids of the deck in the order new cards are introduced. */
  readonly deckOrder: readonly string[];
  readonly cards: Readonly<Record<string, CardState | undefined>>;
  readonly log: readonly ReviewEntry[];
  readonly now: number;
  readonly newPerDay: number;
  /** Most review-state cards to show per local day (Anki's "maximum reviews/day"). */
  readonly maxReviewsPerDay?: number;
}

export interface StudyQueue {
  /** Learning and relearning cards due now, earliest due first. */
  readonly learning: readonly string[];
  /** Review cards due today, earliest due first. */
  readonly review: readonly string[];
  /** New cards still allowed today, in deck order. */
  readonly fresh: readonly string[];
  /** Earliest due time of a learning card that is not due yet but is due today. */
  readonly nextLearningDue: number | null;
  /** Earliest due time of any studied card that is not in the queue now. */
  readonly nextDue: number | null;
}

/** How many cards were seen for the first time on the local day of `now`. */
export function newCardsStudiedToday(log: readonly ReviewEntry[], now: number): number {
  return countToday(log, now, PHASE.new);
}

/** How many answers on the local day of `now` were to cards in review state. */
export function reviewsDoneToday(log: readonly ReviewEntry[], now: number): number {
  return countToday(log, now, PHASE.review);
}

function countToday(log: readonly ReviewEntry[], now: number, phase: number): number {
  const dayStart = startOfLocalDay(now);
  const dayEnd = addLocalDays(now, 1);
  let n = 0;
  // The log is in time order, so only its tail can be today: the cost of a rating does
  // not grow with the history. (Entries stamped in the future by a clock that went
  // back are skipped, not stopped at.)
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i] as ReviewEntry;
    if (e.review < dayStart) break;
    if (e.review < dayEnd && e.state === phase) n++;
  }
  return n;
}

/**
 * Today's queue: due learning/relearning cards first, then review cards due today, then
 * new cards up to the daily limit. Cards stored but no longer in the deck are ignored.
 */
export function buildQueue(input: QueueInput): StudyQueue {
  const { deckOrder, cards, log, now, newPerDay } = input;
  const maxReviews = input.maxReviewsPerDay ?? Number.POSITIVE_INFINITY;
  const endOfToday = addLocalDays(now, 1);
  const learning: { id: string; due: number }[] = [];
  const review: { id: string; due: number }[] = [];
  const unseen: string[] = [];
  let nextLearningDue: number | null = null;
  let nextDue: number | null = null;

  for (const id of deckOrder) {
    const card = cards[id];
    if (!card || card.state === PHASE.new) {
      unseen.push(id);
      continue;
    }
    const inLearning = card.state === PHASE.learning || card.state === PHASE.relearning;
    if (inLearning && card.due <= now) {
      learning.push({ id, due: card.due });
    } else if (card.state === PHASE.review && card.due < endOfToday) {
      review.push({ id, due: card.due });
    } else {
      if (nextDue === null || card.due < nextDue) nextDue = card.due;
      if (inLearning && card.due < endOfToday) {
        if (nextLearningDue === null || card.due < nextLearningDue) nextLearningDue = card.due;
      }
    }
  }

  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  const allowedNew = Math.max(0, newPerDay - newCardsStudiedToday(log, now));
  const allowedReviews = Math.max(0, maxReviews - reviewsDoneToday(log, now));
  return {
    learning: learning.sort(byDue).map((c) => c.id),
    review: review
      .sort(byDue)
      .slice(0, allowedReviews)
      .map((c) => c.id),
    fresh: unseen.slice(0, allowedNew),
    nextLearningDue,
    nextDue,
  };
}

/** The card to show now, or undefined when nothing is due at this moment. */
export function nextCardId(queue: StudyQueue): string | undefined {
  return queue.learning[0] ?? queue.review[0] ?? queue.fresh[0];
}

export function queueSize(queue: StudyQueue): number {
  return queue.learning.length + queue.review.length + queue.fresh.length;
}

export interface FilteredQueueInput {
  /** The session's cards, in the order to study them. */
  readonly ids: readonly string[];
  readonly cards: Readonly<Record<string, CardState | undefined>>;
  readonly now: number;
  /** Cards already answered in this session. */
  readonly answered: ReadonlySet<string>;
}

/**
 * A session over a fixed set of cards (weak cards, one comparison row), as Anki's
 * filtered decks work: each card once, and a card answered into (re)learning comes back
 * when its step is due. No daily limits apply.
 */
export function buildFilteredQueue(input: FilteredQueueInput): StudyQueue {
  const { ids, cards, now, answered } = input;
  const endOfToday = addLocalDays(now, 1);
  const learning: { id: string; due: number }[] = [];
  const review: string[] = [];
  const fresh: string[] = [];
  let nextLearningDue: number | null = null;
  let nextDue: number | null = null;

  for (const id of ids) {
    const card = cards[id];
    if (!answered.has(id)) {
      if (!card || card.state === PHASE.new) fresh.push(id);
      else review.push(id);
      continue;
    }
    if (!card) continue;
    const inLearning = card.state === PHASE.learning || card.state === PHASE.relearning;
    if (inLearning && card.due <= now) {
      learning.push({ id, due: card.due });
      continue;
    }
    if (nextDue === null || card.due < nextDue) nextDue = card.due;
    if (inLearning && card.due < endOfToday) {
      if (nextLearningDue === null || card.due < nextLearningDue) nextLearningDue = card.due;
    }
  }
  return {
    learning: learning.sort((a, b) => a.due - b.due).map((c) => c.id),
    review,
    fresh,
    nextLearningDue,
    nextDue,
  };
}
