import { ownCard, type ReviewEntry, type TrackedCard } from './card-state.ts';
import { basisOf, compareEntries } from './log.ts';

/** The learner's progress as one tab holds it. */
export interface Progress {
  /** Card states: each the replay of the card's entries in `log` (see `stale`). */
  readonly cards: Readonly<Record<string, TrackedCard>>;
  /** Every live review, in log order (domain/log.ts); taken-back ones are not here. */
  readonly log: readonly ReviewEntry[];
  /** Ids of entries taken back by undo, wherever they were made. */
  readonly undone: readonly string[];
}

/** What another copy of the progress adds: another tab's writes, or an imported file. */
export interface Incoming {
  /** Reviews (ones `local` already has are ignored). */
  readonly entries: readonly ReviewEntry[];
  /** Undo markers; each hides the entry with that id, wherever it came from. */
  readonly undone: readonly string[];
  /** Card states the other copy computed, used when they reflect the merged reviews. */
  readonly cards?: Readonly<Record<string, TrackedCard>>;
}

export interface Reconciled {
  readonly progress: Progress;
  /**
   * Cards whose reviews changed and for which neither side holds the replay of the merged
   * reviews (two tabs rated the card at once): they must be replayed (domain/replay.ts).
   * Until then they keep the state with the later review.
   */
  readonly stale: readonly string[];
}

/** Whether `card` (or no card) is the replay of exactly `entries`. */
function cardMatches(card: TrackedCard | undefined, entries: readonly ReviewEntry[]): boolean {
  if (!card) return entries.every((e) => e.practice);
  return card.basis === basisOf(entries);
}

/**
 * Takes another copy's reviews and undos into `local`, losing none: the log becomes the
 * union by entry id minus every undone id, in log order; each card whose reviews changed
 * gets the state (ours or theirs) that is the replay of its merged reviews, or is listed
 * as stale. Returns null when `incoming` changes nothing.
 */
export function reconcile(local: Progress, incoming: Incoming): Reconciled | null {
  const localUndone = new Set(local.undone);
  const newMarkers = incoming.undone.filter((id) => !localUndone.has(id));
  const undone = new Set([...localUndone, ...newMarkers]);

  const have = new Set<string>();
  for (const e of local.log) have.add(e.id);
  const added: ReviewEntry[] = [];
  for (const e of incoming.entries) {
    if (have.has(e.id) || undone.has(e.id)) continue;
    have.add(e.id);
    added.push(e);
  }
  const hidden = new Set(newMarkers.filter((id) => have.has(id)));
  if (added.length === 0 && hidden.size === 0) {
    return newMarkers.length === 0
      ? null
      : { progress: { ...local, undone: [...local.undone, ...newMarkers] }, stale: [] };
  }

  const affected = new Set<string>();
  for (const e of added) affected.add(e.cardId);
  let log: ReviewEntry[];
  if (hidden.size > 0) {
    log = [];
    for (const e of local.log) {
      if (hidden.has(e.id)) affected.add(e.cardId);
      else log.push(e);
    }
  } else {
    log = local.log.slice();
  }
  const last = log.at(-1);
  const sortedAdds = added.sort(compareEntries);
  const first = sortedAdds[0];
  // Another tab's new reviews usually come after everything here: append, no sort.
  for (const e of sortedAdds) log.push(e);
  if (last && first && compareEntries(last, first) > 0) log.sort(compareEntries);

  const byCard = new Map<string, ReviewEntry[]>();
  for (const id of affected) byCard.set(id, []);
  for (const e of log) byCard.get(e.cardId)?.push(e);

  const cards: Record<string, TrackedCard> = { ...local.cards };
  const stale: string[] = [];
  for (const [id, entries] of byCard) {
    const mine = ownCard(local.cards, id);
    const theirs = incoming.cards ? ownCard(incoming.cards, id) : undefined;
    let pick: TrackedCard | undefined;
    if (cardMatches(mine, entries)) pick = mine;
    else if (theirs && cardMatches(theirs, entries)) pick = theirs;
    else if (!theirs && entries.every((e) => e.practice)) pick = undefined;
    else {
      stale.push(id);
      pick = later(mine, theirs);
    }
    if (pick) cards[id] = pick;
    else delete cards[id];
  }
  return { progress: { cards, log, undone: [...local.undone, ...newMarkers] }, stale };
}

function later(a: TrackedCard | undefined, b: TrackedCard | undefined): TrackedCard | undefined {
  if (!a) return b;
  if (!b) return a;
  return (b.lastReview ?? 0) > (a.lastReview ?? 0) ? b : a;
}

/**
 * The reviews a backup file adds: its undo markers hide only its own entries (a file's
 * undone list never takes back a review made here), and what was undone here stays undone.
 */
export function fileIncoming(file: {
  readonly log: readonly ReviewEntry[];
  readonly undone: readonly string[];
}): Incoming {
  const hiddenInFile = new Set(file.undone);
  return { entries: file.log.filter((e) => !hiddenInFile.has(e.id)), undone: [] };
}

export interface ImportPreview {
  /** Reviews in the incoming copy (its own undone ones left out). */
  readonly incomingReviews: number;
  /** Of those, reviews this copy does not have yet (and did not take back). */
  readonly newReviews: number;
  /** Reviews only this copy has: a replace would drop them (a merge keeps them). */
  readonly onlyHere: number;
  readonly incomingCards: number;
  readonly currentReviews: number;
}

/** What importing `incoming` would change, for the learner to confirm. */
export function previewImport(
  current: Progress,
  incoming: { readonly log: readonly ReviewEntry[]; readonly undone: readonly string[] },
): ImportPreview {
  const { entries } = fileIncoming(incoming);
  const here = new Set(current.log.map((e) => e.id));
  const undoneHere = new Set(current.undone);
  const there = new Set(entries.map((e) => e.id));
  let newReviews = 0;
  for (const id of there) if (!here.has(id) && !undoneHere.has(id)) newReviews++;
  let onlyHere = 0;
  for (const id of here) if (!there.has(id)) onlyHere++;
  return {
    incomingReviews: there.size,
    newReviews,
    onlyHere,
    incomingCards: new Set(entries.map((e) => e.cardId)).size,
    currentReviews: current.log.length,
  };
}
