import { useMemo } from 'react';
import { DECK_BY_GROUP, DECK_BY_TYPE, DECK_ORDER } from '../content/deck';
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
import { useLearningState } from './use-learning-state';

/** Every statistic of /progress, computed once per change of progress or `now`. */
export function useProgressSummary(now: number) {
  const learning = useLearningState(now);
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
      byType: masteryBreakdown(DECK_BY_TYPE, cards),
      byGroup: masteryBreakdown(DECK_BY_GROUP, cards),
    };
  }, [cards, log, now]);
  return { ...stats, weak: learning.weak, reviews: log.length };
}
