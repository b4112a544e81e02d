import { useMemo } from 'react';
import { DECK_ORDER } from '../content/deck-order';
import {
  countByState,
  currentStreak,
  dueForecast,
  heatmap,
  masteryBreakdown,
  reviewsPerDay,
  reviewsToday,
  trueRetention,
} from '../domain/stats';
import { useContent } from './use-content';
import { useLearningState } from './use-learning-state';

/** Every statistic of /progress, computed once per change of progress or `now`. */
export function useProgressSummary(now: number) {
  const learning = useLearningState(now);
  const { byType, byGroup } = useContent();
  const { cards, log } = learning;
  const stats = useMemo(() => {
    const perDay = reviewsPerDay(log);
    return {
      counts: countByState(DECK_ORDER, cards),
      today: reviewsToday(perDay, now),
      streak: currentStreak(perDay, now),
      retention: trueRetention(log, now),
      heatmap: heatmap(perDay, now),
      forecast: dueForecast(DECK_ORDER, cards, now),
      byType: masteryBreakdown(byType, cards),
      byGroup: masteryBreakdown(byGroup, cards),
    };
  }, [cards, log, now, byType, byGroup]);
  return { ...stats, weak: learning.weak, reviews: log.length };
}
