import { buildDeck, type StudyCard } from './deck-builder.ts';
import type {
  ApiTypeProfile,
  ConceptFact,
  FeatureGroup,
  FeatureRow,
  Scenario,
  TopicFact,
  TypeFact,
} from './types.ts';

/**
 * The facts the pages show, as plain data (served as one JSON file, see vite.config.ts).
 * Cards are built from them on arrival: the facts are smaller than the cards.
 */
export interface ContentData {
  readonly rows: readonly FeatureRow[];
  readonly typeFacts: readonly TypeFact[];
  readonly concepts: readonly ConceptFact[];
  readonly topics: readonly TopicFact[];
  readonly scenarios: readonly Scenario[];
  readonly groups: readonly FeatureGroup[];
  readonly profiles: readonly ApiTypeProfile[];
}

export interface KeyedCards {
  readonly id: string;
  readonly keys: readonly string[];
}

/** The content with the deck built and the lookups the pages need. */
export interface Content extends ContentData {
  readonly deck: readonly StudyCard[];
  cardById(id: string): StudyCard | undefined;
  /** Ids of the cards that test a comparison row, in deck order (empty for an unknown row). */
  cardIdsForRow(rowId: string): readonly string[];
  /** Each card keyed by the API types it is about (mastery per type). */
  readonly byType: readonly KeyedCards[];
  /** Each card keyed by the feature groups of its rows (mastery per group). */
  readonly byGroup: readonly KeyedCards[];
}

export function indexContent(data: ContentData): Content {
  const deck = buildDeck(data);
  const byId = new Map(deck.map((c) => [c.id, c]));
  const byRow = new Map<string, string[]>();
  for (const card of deck) {
    for (const rowId of card.rowIds) {
      const list = byRow.get(rowId) ?? [];
      list.push(card.id);
      byRow.set(rowId, list);
    }
  }
  const groupOfRow = new Map(data.rows.map((r) => [r.id, r.group]));
  return {
    ...data,
    deck,
    cardById: (id) => byId.get(id),
    cardIdsForRow: (rowId) => byRow.get(rowId) ?? [],
    byType: deck.map((c) => ({ id: c.id, keys: c.apiTypes })),
    byGroup: deck.map((c) => ({
      id: c.id,
      keys: [...new Set(c.rowIds.map((r) => groupOfRow.get(r)).filter((g) => g !== undefined))],
    })),
  };
}
