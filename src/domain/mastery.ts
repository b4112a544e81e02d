import { type CardState, PHASE } from './card-state.ts';

/** A card is mastered once its memory stability reaches 21 days (Anki's "mature"). */
export const MASTERED_STABILITY_DAYS = 21;

export type RowMastery = 'not-studied' | 'weak' | 'learning' | 'solid';

export function isMastered(state: CardState | undefined): boolean {
  return (
    state !== undefined &&
    state.state === PHASE.review &&
    state.stability >= MASTERED_STABILITY_DAYS
  );
}

/**
 * Mastery of a comparison row from the states of its cards:
 * - not-studied: none of its cards has been answered;
 * - weak: at least one of its cards is weak (see `assessCard`);
 * - solid: every card is mastered (review state, stability >= 21 days) and none is weak;
 * - learning: anything in between.
 */
export function rowMastery(
  cardIds: readonly string[],
  cards: Readonly<Record<string, CardState | undefined>>,
  weakIds: ReadonlySet<string>,
): RowMastery {
  let studied = 0;
  let mastered = 0;
  for (const id of cardIds) {
    const state = cards[id];
    if (!state || state.state === PHASE.new) continue;
    studied++;
    if (weakIds.has(id)) return 'weak';
    if (isMastered(state)) mastered++;
  }
  if (studied === 0) return 'not-studied';
  return mastered === cardIds.length ? 'solid' : 'learning';
}
