import { CONCEPT_FACTS } from './concepts';
import { buildDeck, type StudyCard } from './deck-builder';
import { FEATURE_ROWS } from './features';
import { TYPE_FACTS } from './type-facts';

/** The deck, built once from the facts. */
export const DECK: readonly StudyCard[] = buildDeck({
  rows: FEATURE_ROWS,
  typeFacts: TYPE_FACTS,
  concepts: CONCEPT_FACTS,
});

/** Card ids in the order new cards are introduced. */
export const DECK_ORDER: readonly string[] = DECK.map((c) => c.id);

const byId = new Map(DECK.map((c) => [c.id, c]));

export function cardById(id: string): StudyCard | undefined {
  return byId.get(id);
}

const byRow = new Map<string, string[]>();
for (const card of DECK) {
  for (const rowId of card.rowIds) {
    const list = byRow.get(rowId) ?? [];
    list.push(card.id);
    byRow.set(rowId, list);
  }
}

/** Ids of the cards that test a comparison row, in deck order (empty for an unknown row). */
export function cardIdsForRow(rowId: string): readonly string[] {
  return byRow.get(rowId) ?? [];
}

const groupOfRow = new Map(FEATURE_ROWS.map((r) => [r.id, r.group]));

/** Each card keyed by the API types it is about (mastery per type). */
export const DECK_BY_TYPE: readonly { id: string; keys: readonly string[] }[] = DECK.map((c) => ({
  id: c.id,
  keys: c.apiTypes,
}));

/** Each card keyed by the feature groups of its rows (mastery per group). */
export const DECK_BY_GROUP: readonly { id: string; keys: readonly string[] }[] = DECK.map((c) => ({
  id: c.id,
  keys: [...new Set(c.rowIds.map((r) => groupOfRow.get(r)).filter((g) => g !== undefined))],
}));
