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
