import {
  createEmptyCard,
  type FSRS,
  type Card as FsrsCard,
  fsrs,
  generatorParameters,
  type State,
} from 'ts-fsrs';
import {
  type CardPhase,
  type CardState,
  GRADES,
  type Grade,
  type ReviewEntry,
} from './card-state.ts';
import { DEFAULT_RETENTION } from './defaults.ts';

/**
 * The only scheduler: a thin wrapper over ts-fsrs (FSRS-6, default weights).
 * Fuzz is off so the interval a button previews is exactly what the rating applies.
 */

const LEARNING_STEPS = ['1m', '10m'] as const;
const RELEARNING_STEPS = ['10m'] as const;

export function toFsrsCard(s: CardState): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.lastReview === null ? undefined : new Date(s.lastReview),
  };
}

function fromFsrsCard(c: FsrsCard): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardPhase,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

const schedulers = new Map<number, FSRS>();

export function schedulerFor(retention: number = DEFAULT_RETENTION): FSRS {
  let f = schedulers.get(retention);
  if (!f) {
    f = fsrs(
      generatorParameters({
        request_retention: retention,
        enable_fuzz: false,
        enable_short_term: true,
        learning_steps: [...LEARNING_STEPS],
        relearning_steps: [...RELEARNING_STEPS],
      }),
    );
    schedulers.set(retention, f);
  }
  return f;
}

function currentCard(state: CardState | undefined, now: number) {
  return state ? toFsrsCard(state) : createEmptyCard(new Date(now));
}

/**
 * The moment a review counts as made. A device clock can move backwards (it gets
 * corrected); ts-fsrs rejects a review before the card's last one, so such a review
 * counts as made just after the last one instead: no crash, no negative interval, and a
 * card's reviews keep strictly increasing times, so the log's order (by time) is the
 * order they were given in, and replaying them gives back the same state.
 */
function reviewTime(state: CardState | undefined, now: number): number {
  return state?.lastReview != null && state.lastReview >= now ? state.lastReview + 1 : now;
}

export interface RatingPreview {
  readonly rating: Grade;
  readonly card: CardState;
  /** How long until the card is due again after this rating (ms, never negative). */
  readonly intervalMs: number;
}

/** What each of the four buttons would do to the card now. */
export function previewRatings(
  state: CardState | undefined,
  now: number,
  retention?: number,
): readonly RatingPreview[] {
  const at = reviewTime(state, now);
  const preview = schedulerFor(retention).repeat(currentCard(state, at), new Date(at));
  return GRADES.map((rating) => {
    const card = fromFsrsCard(preview[rating].card);
    return { rating, card, intervalMs: Math.max(0, card.due - at) };
  });
}

export interface AppliedRating {
  readonly card: CardState;
  readonly entry: ReviewEntry;
}

/**
 * Rates the card at `now` (or just after its last review, if the clock went back); returns
 * its new state and the log entry that records it. The entry keeps a retention target
 * other than the default, so a replay of the log schedules exactly as this did.
 */
export function applyRating(
  cardId: string,
  state: CardState | undefined,
  rating: Grade,
  now: number,
  entryId: string,
  retention: number = DEFAULT_RETENTION,
): AppliedRating {
  const at = reviewTime(state, now);
  const before = currentCard(state, at);
  const { card, log } = schedulerFor(retention).next(before, new Date(at), rating);
  const entry: ReviewEntry = {
    id: entryId,
    cardId,
    rating,
    review: log.review.getTime(),
    state: state ? state.state : 0,
    ...(retention !== DEFAULT_RETENTION ? { retention } : {}),
  };
  return { card: fromFsrsCard(card), entry };
}
