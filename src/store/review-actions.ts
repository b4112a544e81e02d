import type { Grade, ReviewEntry } from '../domain/card-state';
import { replayCards } from '../domain/replay';
import { applyRating } from '../domain/scheduler';
import type { AppStore, Scheduling } from './app-store';

/** ts-fsrs for the store: the study pages load it anyway (the store never imports it). */
export const scheduling: Scheduling = { applyRating, replayCards };

/** Answers `cardId` with `rating` at `now`, scheduled by ts-fsrs with the learner's settings. */
export function rateCard(store: AppStore, cardId: string, rating: Grade, now: number): ReviewEntry {
  return store.getState().record(cardId, rating, now, scheduling);
}

/** Takes back this tab's last answer (the card is replayed from its other reviews); null when there is none. */
export function undoLast(store: AppStore): ReviewEntry | null {
  return store.getState().undo(scheduling);
}
