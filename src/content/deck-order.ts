import order from 'virtual:deck-order';

/**
 * Card ids in the order new cards are introduced, without the cards' text: built from
 * the deck at build time, so what every page needs stays small. Equal to the ids of
 * `DECK` (a unit test checks it).
 */
export const DECK_ORDER: readonly string[] = order;
