import { type CardState, type Grade, PHASE, type ReviewEntry } from './card-state';
import { recallProbability } from './recall';

/** Why a studied card counts as weak. */
export type WeakReason = 'leech' | 'lapses' | 'last-again' | 'low-recall';

export const WEAK_RULES = {
  /** Lapses (forgotten after graduating) from which a card is weak. */
  lapses: 2,
  /** Anki's leech threshold. */
  leechLapses: 8,
  /** Recall probability now below which a card is weak. */
  recall: 0.8,
} as const;

export interface WeakCard {
  readonly cardId: string;
  readonly reasons: readonly WeakReason[];
  readonly lapses: number;
  /** Recall probability at `now` (ts-fsrs retrievability). */
  readonly recall: number;
  /** Higher is weaker; the ranking key. */
  readonly score: number;
}

/** The last rating given to each card, from one pass over the log. */
export function lastRatings(log: readonly ReviewEntry[]): ReadonlyMap<string, Grade> {
  const last = new Map<string, Grade>();
  for (const entry of log) last.set(entry.cardId, entry.rating);
  return last;
}

/**
 * Whether one studied card is weak, and why: 2+ lapses, last answer Again, recall now
 * below 0.8, or a leech (8+ lapses). Returns null for a new or healthy card.
 */
export function assessCard(
  cardId: string,
  state: CardState | undefined,
  lastRating: Grade | undefined,
  now: number,
): WeakCard | null {
  if (!state || state.state === PHASE.new) return null;
  const recall = recallProbability(state, now);
  const reasons: WeakReason[] = [];
  if (state.lapses >= WEAK_RULES.leechLapses) reasons.push('leech');
  else if (state.lapses >= WEAK_RULES.lapses) reasons.push('lapses');
  if (lastRating === 1) reasons.push('last-again');
  if (recall < WEAK_RULES.recall) reasons.push('low-recall');
  if (reasons.length === 0) return null;
  const score =
    1 -
    recall +
    0.25 * Math.min(state.lapses, 12) +
    (lastRating === 1 ? 1 : 0) +
    (state.lapses >= WEAK_RULES.leechLapses ? 2 : 0);
  return { cardId, reasons, lapses: state.lapses, recall, score };
}

/** Weak cards among `cardIds`, weakest first (ties keep the given order). */
export function rankWeakCards(
  cardIds: readonly string[],
  cards: Readonly<Record<string, CardState | undefined>>,
  log: readonly ReviewEntry[],
  now: number,
): WeakCard[] {
  const last = lastRatings(log);
  const weak: WeakCard[] = [];
  for (const id of cardIds) {
    const w = assessCard(id, cards[id], last.get(id), now);
    if (w) weak.push(w);
  }
  // Array.prototype.sort is stable, so equal scores keep deck order.
  return weak.sort((a, b) => b.score - a.score);
}
