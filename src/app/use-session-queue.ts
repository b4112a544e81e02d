import { useMemo } from 'react';
import { DECK_ORDER } from '../content/deck-order';
import { buildFilteredQueue, buildQueue, type StudyQueue } from '../domain/queue';
import { useAppStore } from '../store/store-context';

/** What a study session draws from: today's queue, or a fixed list of cards. */
export type SessionSource =
  | { readonly kind: 'today' }
  | { readonly kind: 'cards'; readonly ids: readonly string[] };

const TODAY: SessionSource = { kind: 'today' };
const NONE: ReadonlySet<string> = new Set();

/** The session's queue at `now`, recomputed only when progress, settings or `now` change. */
export function useSessionQueue(
  now: number,
  source: SessionSource = TODAY,
  answered: ReadonlySet<string> = NONE,
): StudyQueue {
  const cards = useAppStore((s) => s.cards);
  const log = useAppStore((s) => s.log);
  const newPerDay = useAppStore((s) => s.settings.newPerDay);
  const maxReviewsPerDay = useAppStore((s) => s.settings.maxReviewsPerDay);
  return useMemo(
    () =>
      source.kind === 'today'
        ? buildQueue({ deckOrder: DECK_ORDER, cards, log, now, newPerDay, maxReviewsPerDay })
        : buildFilteredQueue({ ids: source.ids, cards, now, answered }),
    [source, cards, log, now, newPerDay, maxReviewsPerDay, answered],
  );
}
