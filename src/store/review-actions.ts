import type { Grade, ReviewEntry } from '../domain/card-state';
import { applyRating, undoRating } from '../domain/scheduler';
import type { AppStore } from './app-store';
import { newEntryId } from './ids';

/** Answers `cardId` with `rating` at `now`, scheduled by ts-fsrs with the learner's settings. */
export function rateCard(store: AppStore, cardId: string, rating: Grade, now: number): ReviewEntry {
  return store
    .getState()
    .record(cardId, (current, settings) =>
      applyRating(cardId, current, rating, now, newEntryId(), settings.retention),
    );
}

/** Takes back the last answer (ts-fsrs rollback); null when there is none. */
export function undoLast(store: AppStore): ReviewEntry | null {
  return store.getState().undo(undoRating);
}
