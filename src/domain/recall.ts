import { date_diff, default_w, forgetting_curve } from 'ts-fsrs';
import { type CardState, PHASE } from './card-state';

/**
 * Probability of recall at `now`: ts-fsrs's own forgetting curve with its default weights,
 * exactly as `FSRS.get_retrievability` computes it (a test holds them equal), without
 * loading the scheduler, so pages that only read progress stay small.
 */
export function recallProbability(state: CardState | undefined, now: number): number {
  if (!state || state.state === PHASE.new) return 0;
  const last = state.lastReview ?? state.due;
  const at = Math.max(now, last);
  const days = Math.max(date_diff(new Date(at), new Date(last), 'days'), 0);
  return forgetting_curve(default_w, days, +state.stability.toFixed(8));
}
