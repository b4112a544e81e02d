import { type CardState, PHASE } from './card-state.ts';
import { recallProbability } from './recall.ts';

export interface KeyedCard {
  readonly id: string;
  readonly keys: readonly string[];
}

export interface ExamForecast {
  /** Mean predicted recall on the exam day over the whole deck (unstudied cards count 0). */
  readonly deck: number;
  /** The same per key (API type), keys in first-seen order. */
  readonly byKey: ReadonlyMap<string, number>;
  /**
   * Studied comparison rows (at least one card answered) by predicted recall on the exam
   * day, weakest first (ties keep order).
   */
  readonly weakestRows: readonly { readonly rowId: string; readonly recall: number }[];
  /** Rows with no card answered yet, in the given order: not weak, just not studied. */
  readonly unstudiedRows: readonly string[];
}

/**
 * Predicted recall on the exam day: ts-fsrs retrievability at that moment for each studied
 * card, averaged; a card never studied counts as not known (0).
 */
export function examForecast(input: {
  readonly cards: Readonly<Record<string, CardState | undefined>>;
  /** Every deck card with the API types it is about. */
  readonly byType: readonly KeyedCard[];
  /** Row id -> its card ids. */
  readonly rows: readonly { readonly rowId: string; readonly cardIds: readonly string[] }[];
  readonly examAt: number;
}): ExamForecast {
  const { cards, byType, rows, examAt } = input;
  const recall = new Map<string, number>();
  const of = (id: string) => {
    let r = recall.get(id);
    if (r === undefined) {
      r = recallProbability(Object.hasOwn(cards, id) ? cards[id] : undefined, examAt);
      recall.set(id, r);
    }
    return r;
  };
  const mean = (ids: readonly string[]) =>
    ids.length ? ids.reduce((sum, id) => sum + of(id), 0) / ids.length : 0;

  const perKey = new Map<string, string[]>();
  for (const { id, keys } of byType) {
    for (const key of keys) {
      const list = perKey.get(key) ?? [];
      list.push(id);
      perKey.set(key, list);
    }
  }
  const byKey = new Map<string, number>();
  for (const [key, ids] of perKey) byKey.set(key, mean(ids));

  const studied = (id: string) => {
    const s = Object.hasOwn(cards, id) ? cards[id] : undefined;
    return s !== undefined && s.state !== PHASE.new;
  };
  const withCards = rows.filter((r) => r.cardIds.length > 0);
  const weakestRows = withCards
    .filter((r) => r.cardIds.some(studied))
    .map((r) => ({ rowId: r.rowId, recall: mean(r.cardIds) }))
    .sort((a, b) => a.recall - b.recall);
  const unstudiedRows = withCards.filter((r) => !r.cardIds.some(studied)).map((r) => r.rowId);

  return { deck: mean(byType.map((c) => c.id)), byKey, weakestRows, unstudiedRows };
}
