import { type CardState, PHASE } from './card-state.ts';
import { LEARN_AHEAD_MS, queueOf, type StudyDay, type StudyQueue } from './queue.ts';
import { addLocalDays } from './time.ts';

/**
 * What the study screen needs beyond today's queue (home never loads it): sessions over a
 * fixed set of cards, and whether an answer counts as a review or as practice.
 */

/**
 * Whether answering the card now counts as a review: it is new, in (re)learning and due
 * (or due within the learn-ahead limit), or in review and due today. An answer to a card
 * that is not due is practice: logged, but it does not move the schedule.
 */
export function isDue(state: CardState | undefined, now: number, day: StudyDay = {}): boolean {
  if (!state || state.state === PHASE.new) return true;
  if (state.state === PHASE.review) return state.due < addLocalDays(now, 1, day.dayStart ?? 0);
  return state.due <= now + (day.learnAheadMs ?? LEARN_AHEAD_MS);
}

export interface FilteredQueueInput extends StudyDay {
  /** The session's cards, in the order to study them. */
  readonly ids: readonly string[];
  readonly cards: Readonly<Record<string, CardState | undefined>>;
  readonly now: number;
  /** Cards already answered in this session. */
  readonly answered: ReadonlySet<string>;
}

/**
 * A session over a fixed set of cards (weak cards, one comparison row, review ahead), as
 * Anki's filtered decks work: each card once, and a card answered into (re)learning comes
 * back when its step is due (or within the learn-ahead limit when nothing else is left).
 * No daily limits apply, and siblings are not buried: the learner chose these cards.
 */
export function buildFilteredQueue(input: FilteredQueueInput): StudyQueue {
  const { ids, cards, now, answered } = input;
  const endOfToday = addLocalDays(now, 1, input.dayStart ?? 0);
  const learning: { id: string; due: number }[] = [];
  const upcoming: { id: string; due: number }[] = [];
  const review: string[] = [];
  const fresh: string[] = [];
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
    if (inLearning && card.due < endOfToday) upcoming.push({ id, due: card.due });
  }
  // A chosen set of cards has no daily limit: its new cards are all in.
  return queueOf(learning, upcoming, review, fresh, fresh.length, nextDue, now, input.learnAheadMs);
}
