/**
 * Sibling groups: cards that test one fact (a feature row's "which", "does" and "values"
 * cards, the type, concept and topic cards that name the row, the scenarios that rest on
 * it), as indexes into `deck`. A scenario naming three facts is in three groups. The
 * queue buries a card's siblings for the rest of the day once one of them is answered.
 * Built into the `virtual:data/deck-order` data file (vite.config.ts), so pages do not load the deck for it.
 */
export function siblingGroups(
  deck: readonly { readonly factIds: readonly string[] }[],
): number[][] {
  const byFact = new Map<string, number[]>();
  deck.forEach((card, i) => {
    for (const fact of card.factIds) byFact.set(fact, [...(byFact.get(fact) ?? []), i]);
  });
  const groups = [...byFact.values()].filter((g) => g.length > 1);
  return [...new Map(groups.map((g) => [g.join(), g])).values()];
}
