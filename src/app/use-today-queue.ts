import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DECK_ORDER } from '../content/deck';
import { buildQueue, type StudyQueue } from '../domain/queue';
import { useAppStore } from '../store/store-context';

/** Today's queue at `now`, recomputed only when progress, settings or `now` change. */
export function useTodayQueue(now: number): StudyQueue {
  const { cards, log, newPerDay } = useAppStore(
    useShallow((s) => ({ cards: s.cards, log: s.log, newPerDay: s.settings.newPerDay })),
  );
  return useMemo(
    () => buildQueue({ deckOrder: DECK_ORDER, cards, log, now, newPerDay }),
    [cards, log, now, newPerDay],
  );
}
