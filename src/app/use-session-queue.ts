import { useMemo } from 'react';
import { DECK_ORDER, SIBLINGS } from '../content/deck-order.ts';
import { buildQueue, examPlan, type StudyQueue, todaysNewLimit } from '../domain/queue.ts';
import { MINUTE_MS } from '../domain/time.ts';
import { useAppStore } from '../store/store-context.tsx';

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
  const examDate = useAppStore((s) => s.settings.examDate);
  const examPace = useAppStore((s) => s.settings.examPace);
  const day = useStudyDay();
  return useMemo(() => {
    if (!enabled) return EMPTY;
    const plan = examPlan(examDate, now, day.dayStart);
    return buildQueue({
      deckOrder: DECK_ORDER,
      cards,
      log,
      now,
      newPerDay: todaysNewLimit(newPerDay, extraNew, now, day.dayStart),
      paceDays: examPace ? plan?.paceDays : undefined,
      extraToday: todaysNewLimit(0, extraNew, now, day.dayStart),
      finalDays: plan?.finalDays,
      maxReviewsPerDay,
      ...day,
      siblings: bury ? SIBLINGS : undefined,
    });
  }, [
    enabled,
    cards,
    log,
    now,
    newPerDay,
    extraNew,
    maxReviewsPerDay,
    bury,
    day,
    examDate,
    examPace,
  ]);
}

const EMPTY: StudyQueue = {
  learning: [],
  review: [],
  fresh: [],
  newLimit: 0,
  nextLearningDue: null,
  nextDue: null,
};
