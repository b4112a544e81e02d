import { type CardState, PHASE } from './card-state.ts';
import { DAY_MS } from './time.ts';

/**
 * FSRS-6's decay with ts-fsrs's default weights (w[20]); a test holds it equal to
 * ts-fsrs's `FSRS6_DEFAULT_DECAY` and `default_w[20]`.
 */
export const FSRS6_DECAY = 0.1542;

const round8 = (x: number) => Math.round(x * 1e8) / 1e8;

/**
 * Probability of recall at `now`, computed exactly as ts-fsrs's `get_retrievability`
 * (whole days since the last review, its forgetting curve and rounding; a test compares
 * them on many cards). It is written out here because importing any of ts-fsrs brings
 * the whole scheduler into the first page, which only needs this curve.
 */
export function recallProbability(state: CardState | undefined, now: number): number {
  if (!state || state.state === PHASE.new) return 0;
  const last = state.lastReview ?? state.due;
  const days = Math.max(Math.floor((Math.max(now, last) - last) / DAY_MS), 0);
  const decay = -FSRS6_DECAY;
  const factor = round8(Math.exp(Math.log(0.9) / decay) - 1);
  return round8((1 + (factor * days) / +state.stability.toFixed(8)) ** decay);
}
