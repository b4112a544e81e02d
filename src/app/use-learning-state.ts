import { useMemo } from 'react';
import { DECK_ORDER } from '../content/deck-order.ts';
import type { CardState, ReviewEntry } from '../domain/card-state.ts';
import { rankWeakCards, type WeakCard } from '../domain/weak.ts';
import { useAppStore } from '../store/store-context.tsx';

export interface LearningState {
  readonly cards: Readonly<Record<string, CardState>>;
  readonly log: readonly ReviewEntry[];
  /** Weak deck cards at `now`, weakest first. */
  readonly weak: readonly WeakCard[];
  readonly weakIds: ReadonlySet<string>;
}

/** Progress plus the weak-card ranking, recomputed only when progress or `now` change. */
export function useLearningState(now: number): LearningState {
  const cards = useAppStore((s) => s.cards);
  const log = useAppStore((s) => s.log);
  const dayStart = useAppStore((s) => s.settings.dayStart);
  return useMemo(() => {
    const weak = rankWeakCards(DECK_ORDER, cards, log, now, dayStart);
    return { cards, log, weak, weakIds: new Set(weak.map((w) => w.cardId)) };
  }, [cards, log, now, dayStart]);
}
