import { load } from 'virtual:data/deck-order';

/** The deck's ids in study order and its sibling groups (indexes into the order). */
export interface DeckOrderData {
  readonly order: readonly string[];
  readonly groups: readonly (readonly number[])[];
}

/**
 * Card ids in the order new cards are introduced, without the cards' text: a data file
 * built from the deck (see vite.config.ts), so the first page's code does not grow with
 * the deck. Filled by `loadDeckOrder`, which src/main.tsx awaits before the app draws;
 * equal to the ids of `DECK` (a unit test checks it).
 */
export let DECK_ORDER: readonly string[] = [];

/**
 * Each card's siblings: the other cards that test one of its facts (a feature row's
 * "which", "does" and "values" cards, the cards and scenarios that name the row).
 */
export let SIBLINGS: ReadonlyMap<string, readonly string[]> = new Map();

/** Each card's siblings, from the groups. */
function siblingMap({ order, groups }: DeckOrderData): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const i of group) {
      const id = order[i] as string;
      const mine = map.get(id) ?? [];
      for (const j of group) {
        const other = order[j] as string;
        if (j !== i && !mine.includes(other)) mine.push(other);
      }
      map.set(id, mine);
    }
  }
  return map;
}

let loading: Promise<void> | null = null;

/** Loads the deck order (once; a failed load is tried again on the next call). */
export function loadDeckOrder(): Promise<void> {
  loading ??= load().then(
    (data) => {
      DECK_ORDER = data.order;
      SIBLINGS = siblingMap(data);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
