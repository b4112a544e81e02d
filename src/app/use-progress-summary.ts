import { useMemo } from 'react';
import { DECK_ORDER } from '../content/deck-order.ts';
import {
  countByState,
  currentStreak,
  dueForecast,
  heatmap,
  masteryBreakdown,
  reviewsPerDay,
  reviewsToday,
  trueRetention,
} from '../domain/stats.ts';
import { useContent } from './use-content.ts';
import { useLearningState } from './use-learning-state.ts';
import { useStudyDay } from './use-session-queue.ts';

/** Every statistic of /progress, computed once per change of progress or `now`. */
export function useProgressSummary(now: number) {
  const learning = useLearningState(now);
  const { byType, byGroup } = useContent();
  const { cards, log } = learning;
  const { dayStart } = useStudyDay();
  const stats = useMemo(() => {
    const perDay = reviewsPerDay(log, dayStart);
    return {
      counts: countByState(DECK_ORDER, cards),
      today: reviewsToday(perDay, now, dayStart),
      streak: currentStreak(perDay, now, dayStart),
      retention: trueRetention(log, now, 30, dayStart),
      heatmap: heatmap(perDay, now, 26, dayStart),
      forecast: dueForecast(DECK_ORDER, cards, now, 14, dayStart),
      byType: masteryBreakdown(byType, cards),
      byGroup: masteryBreakdown(byGroup, cards),
    };
  }, [cards, log, now, byType, byGroup, dayStart]);
  return { ...stats, weak: learning.weak, reviews: log.length };
}
