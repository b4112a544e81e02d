import { API_TYPE_PROFILES } from './api-types.ts';
import { CONCEPT_FACTS } from './concepts.ts';
import { type Content, type ContentData, indexContent } from './content-index.ts';
import { buildDeck, type StudyCard } from './deck-builder.ts';
import type { DeckOrderData } from './deck-order.ts';
import { FEATURE_GROUP_LIST, FEATURE_ROWS } from './features.ts';
import { SCENARIOS } from './scenarios.ts';
import { siblingGroups } from './siblings.ts';
import { TOPIC_FACTS } from './topic-facts.ts';
import { TYPE_FACTS } from './type-facts.ts';

/** The deck, built once from the facts. */
export const DECK: readonly StudyCard[] = buildDeck({
  rows: FEATURE_ROWS,
  typeFacts: TYPE_FACTS,
  concepts: CONCEPT_FACTS,
  topics: TOPIC_FACTS,
  scenarios: SCENARIOS,
});

/** Card ids in the order new cards are introduced. */
const DECK_ORDER: readonly string[] = DECK.map((c) => c.id);

/**
 * What every page needs of the deck without its text: the ids in study order and the
 * sibling groups (indexes into the order). Served as a small JSON file the app reads
 * before it draws (see content/deck-order.ts).
 */
export const DECK_ORDER_DATA: DeckOrderData = { order: DECK_ORDER, groups: siblingGroups(DECK) };

/** The content as plain data: what the build serves as JSON and tests read directly. */
export const CONTENT_DATA: ContentData = {
  rows: FEATURE_ROWS,
  typeFacts: TYPE_FACTS,
  concepts: CONCEPT_FACTS,
  topics: TOPIC_FACTS,
  scenarios: SCENARIOS,
  groups: FEATURE_GROUP_LIST,
  profiles: API_TYPE_PROFILES,
};

/** The content with its lookups, for tests (the app loads it through app/use-content.ts). */
const CONTENT: Content = indexContent(CONTENT_DATA);
export const cardById = CONTENT.cardById;
export const cardIdsForRow = CONTENT.cardIdsForRow;
