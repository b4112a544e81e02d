import { API_TYPE_PROFILES } from './api-types';
import { CONCEPT_FACTS } from './concepts';
import { type Content, type ContentData, indexContent } from './content-index';
import { buildDeck, type StudyCard } from './deck-builder';
import { FEATURE_GROUP_LIST, FEATURE_ROWS } from './features';
import { TYPE_FACTS } from './type-facts';

/** The deck, built once from the facts. */
export const DECK: readonly StudyCard[] = buildDeck({
  rows: FEATURE_ROWS,
  typeFacts: TYPE_FACTS,
  concepts: CONCEPT_FACTS,
});

/** Card ids in the order new cards are introduced. */
export const DECK_ORDER: readonly string[] = DECK.map((c) => c.id);

/** The content as plain data: what the build serves as JSON and tests read directly. */
export const CONTENT_DATA: ContentData = {
  rows: FEATURE_ROWS,
  typeFacts: TYPE_FACTS,
  concepts: CONCEPT_FACTS,
  groups: FEATURE_GROUP_LIST,
  profiles: API_TYPE_PROFILES,
};

/** The content with its lookups, for tests (the app loads it through app/use-content.ts). */
export const CONTENT: Content = indexContent(CONTENT_DATA);
export const cardById = CONTENT.cardById;
export const cardIdsForRow = CONTENT.cardIdsForRow;
