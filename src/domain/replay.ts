import type { ReviewEntry, TrackedCard } from './card-state.ts';
import { basisOf, entriesByCard } from './log.ts';
import { applyRating } from './scheduler.ts';

/**
 * A card's state as the replay of its reviews (in log order, practice answers skipped),
 * with the basis that names them; undefined when no answer moved it (it is new). ts-fsrs
 * runs with fuzz off, so a replay gives exactly what the answers gave when they were made.
 */
export function replayCard(entries: readonly ReviewEntry[]): TrackedCard | undefined {
  let card: ReturnType<typeof applyRating>['card'] | undefined;
  for (const e of entries) {
    if (e.practice) continue;
    card = applyRating(e.cardId, card, e.rating, e.review, e.id, e.retention).card;
  }
  return card ? { ...card, basis: basisOf(entries) } : undefined;
}

export interface Replayable {
  readonly cards: Readonly<Record<string, TrackedCard>>;
  readonly log: readonly ReviewEntry[];
}

/** `cards` with the cards in `ids` replayed from `log` (a card with no answer left is removed). */
export function replayCards(
  progress: Replayable,
  ids: Iterable<string>,
): Record<string, TrackedCard> {
  const wanted = new Set(ids);
  const by = entriesByCard(progress.log.filter((e) => wanted.has(e.cardId)));
  const cards = { ...progress.cards };
  for (const id of wanted) {
    const card = replayCard(by.get(id) ?? []);
    if (card) cards[id] = card;
    else delete cards[id];
  }
  return cards;
}
