import { useMemo } from 'react';
import { DECK_ORDER, SIBLINGS } from '../content/deck-order';
import { buildQueue, type StudyQueue, todaysNewLimit } from '../domain/queue';
import { MINUTE_MS } from '../domain/time';
import { useAppStore } from '../store/store-context';

/** What a study session draws from: today's queue, or a fixed list of cards. */
export type SessionSource =
  | { readonly kind: 'today' }
  | { readonly kind: 'cards'; readonly ids: readonly string[] };

/** The study day's settings: when it starts, how far to learn ahead. */
export function useStudyDay() {
  const dayStart = useAppStore((s) => s.settings.dayStart);
  const learnAheadMinutes = useAppStore((s) => s.settings.learnAheadMinutes);
  return useMemo(
    () => ({ dayStart, learnAheadMs: learnAheadMinutes * MINUTE_MS }),
    [dayStart, learnAheadMinutes],
  );
}

/**
 * Today's queue at `now`, recomputed only when progress, settings or `now` change. Home
 * and the study screen share it, so their counts agree. (`enabled` false: an empty queue,
 * for a study screen working from a fixed list of cards.)
 */
export function useTodayQueue(now: number, enabled = true): StudyQueue {
  const cards = useAppStore((s) => s.cards);
  const log = useAppStore((s) => s.log);
  const newPerDay = useAppStore((s) => s.settings.newPerDay);
  const extraNew = useAppStore((s) => s.settings.extraNew);
  const maxReviewsPerDay = useAppStore((s) => s.settings.maxReviewsPerDay);
  const bury = useAppStore((s) => s.settings.bury);
  const day = useStudyDay();
  return useMemo(
    () =>
      enabled
        ? buildQueue({
            deckOrder: DECK_ORDER,
            cards,
            log,
            now,
            newPerDay: todaysNewLimit(newPerDay, extraNew, now, day.dayStart),
            maxReviewsPerDay,
            ...day,
            ...(bury ? { siblings: SIBLINGS } : {}),
          })
        : EMPTY,
    [enabled, cards, log, now, newPerDay, extraNew, maxReviewsPerDay, bury, day],
  );
}

const EMPTY: StudyQueue = {
  learning: [],
  review: [],
  fresh: [],
  nextLearningDue: null,
  nextDue: null,
};
