import { type CardState, PHASE, type ReviewEntry } from './card-state.ts';
import { recallProbability } from './recall.ts';
import { addLocalDays, type DayStart, startOfLocalDay } from './time.ts';

/** Why a studied card counts as weak. */
export type WeakReason = 'leech' | 'lapses' | 'missed' | 'low-recall';

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

/**
 * Cards answered Again and not answered right on a later study day since (practice
 * answers count: they show what the learner recalls). A card missed today and then
 * answered right in the same sitting is still missed: being shown the answer a few
 * minutes earlier is not recall. One pass over the log, in time order.
 */
export function missedCards(log: readonly ReviewEntry[], dayStart: DayStart = 0): Set<string> {
  /** Card id -> start of the study day of its last Again. */
  const failedOn = new Map<string, number>();
  // The log is in time order: work a day's bounds out once, not once per answer.
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const e of log) {
    if (e.review < from || e.review >= to) {
      from = startOfLocalDay(e.review, dayStart);
      to = addLocalDays(from, 1, dayStart);
    }
    if (e.rating === 1) failedOn.set(e.cardId, from);
    else if ((failedOn.get(e.cardId) ?? from) < from) failedOn.delete(e.cardId);
  }
  return new Set(failedOn.keys());
}

/**
 * Whether one studied card is weak, and why: 2+ lapses, missed and not yet answered right
 * on a later day, recall now below 0.8, or a leech (8+ lapses). Returns null for a new or
 * healthy card.
 */
export function assessCard(
  cardId: string,
  state: CardState | undefined,
  missed: boolean,
  now: number,
): WeakCard | null {
  if (!state || state.state === PHASE.new) return null;
  const recall = recallProbability(state, now);
  const reasons: WeakReason[] = [];
  if (state.lapses >= WEAK_RULES.leechLapses) reasons.push('leech');
  else if (state.lapses >= WEAK_RULES.lapses) reasons.push('lapses');
  if (missed) reasons.push('missed');
  if (recall < WEAK_RULES.recall) reasons.push('low-recall');
  if (reasons.length === 0) return null;
  const score =
    1 -
    recall +
    0.25 * Math.min(state.lapses, 12) +
    (missed ? 1 : 0) +
    (state.lapses >= WEAK_RULES.leechLapses ? 2 : 0);
  return { cardId, reasons, lapses: state.lapses, recall, score };
}

/** Weak cards among `cardIds`, weakest first (ties keep the given order). */
export function rankWeakCards(
  cardIds: readonly string[],
  cards: Readonly<Record<string, CardState | undefined>>,
  log: readonly ReviewEntry[],
  now: number,
  dayStart: DayStart = 0,
): WeakCard[] {
  const missed = missedCards(log, dayStart);
  const weak: WeakCard[] = [];
  for (const id of cardIds) {
    const w = assessCard(id, cards[id], missed.has(id), now);
    if (w) weak.push(w);
  }
  // Array.prototype.sort is stable, so equal scores keep deck order.
  return weak.sort((a, b) => b.score - a.score);
}
