import { type Grade, ownCard, type ReviewEntry } from '../domain/card-state.ts';
import { isDue } from '../domain/filtered-queue.ts';
import { addToBasis, basisOf, insertEntry } from '../domain/log.ts';
import { replayCards } from '../domain/replay.ts';
import { applyRating } from '../domain/scheduler.ts';
import { MINUTE_MS } from '../domain/time.ts';
import type { AppStore, Scheduling } from './app-store.ts';
import { newEntryId } from './ids.ts';
// Loaded with the study pages, so that every rating is stored before the next card shows.
import './engine-write.ts';

/**
 * Answers and undo: the store code that needs the scheduler, loaded with the study pages
 * (the first page never loads ts-fsrs).
 */

/** ts-fsrs for the store's own replays, when the study pages are loaded anyway. */
export const scheduling: Scheduling = { applyRating, replayCards };

/**
 * Answers `cardId` with `rating` at `now` (ts-fsrs, the learner's retention target) and
 * stores it before returning. A card whose state waits for a replay is replayed first.
 *
 * A card that is due (see `isDue`) is reviewed: its schedule moves. A card that is not
 * due (a retry of missed cards, review ahead, a row or weak-card session on cards not due
 * yet) is practised: the answer is logged, marked practice, and the schedule stays as it
 * was, as do the retention figures, which leave practice out.
 */
export function rateCard(store: AppStore, cardId: string, rating: Grade, now: number): ReviewEntry {
  const s = store.getState();
  let { cards, stale } = s;
  if (stale.includes(cardId)) {
    cards = replayCards(s, [cardId]);
    stale = stale.filter((id) => id !== cardId);
  }
  const current = ownCard(cards, cardId);
  const { settings } = s;
  const due = isDue(current, now, {
    dayStart: settings.dayStart,
    learnAheadMs: settings.learnAheadMinutes * MINUTE_MS,
  });
  const rated = applyRating(cardId, current, rating, now, newEntryId(), settings.retention);
  const entry: ReviewEntry = due ? rated.entry : { ...rated.entry, practice: true };
  const card = due || !current ? rated.card : current;
  const before = current ? current.basis : basisOf(s.log.filter((e) => e.cardId === cardId));
  store.engine.append([entry]);
  store.setState({
    cards: { ...cards, [cardId]: { ...card, basis: addToBasis(before, entry.id) } },
    log: insertEntry(s.log, entry),
    stale,
    mine: [...s.mine, entry.id],
  });
  return entry;
}

/**
 * Takes back this tab's last answer that is still in the log (never another tab's): an
 * undo marker is stored and the card is replayed from its other reviews. Returns the
 * answer, or null when there is none.
 */
export function undoLast(store: AppStore): ReviewEntry | null {
  const s = store.getState();
  let at = -1;
  for (let i = s.mine.length - 1; i >= 0 && at < 0; i--) {
    const id = s.mine[i];
    at = s.log.findLastIndex((e) => e.id === id);
  }
  if (at < 0) return null;
  const entry = s.log[at] as ReviewEntry;
  const log = s.log.slice(0, at).concat(s.log.slice(at + 1));
  store.engine.markUndone([entry.id]);
  store.setState({
    log,
    undone: [...s.undone, entry.id],
    cards: replayCards({ cards: s.cards, log }, [entry.cardId]),
    stale: s.stale.filter((c) => c !== entry.cardId),
    mine: s.mine.filter((m) => m !== entry.id),
  });
  return entry;
}
