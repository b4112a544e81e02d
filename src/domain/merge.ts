import { type CardState, ownCard, type ReviewEntry } from './card-state';

/** The part of the learner's data that two tabs (or a backup and this browser) can merge. */
export interface Progress {
  readonly cards: Readonly<Record<string, CardState>>;
  readonly log: readonly ReviewEntry[];
  /** Ids of entries taken back by undo, so a merge never brings them back. */
  readonly undone: readonly string[];
}

/** How many undone ids are remembered: enough for any realistic run of undos across tabs. */
export const UNDONE_LIMIT = 500;

function newer(a: ReviewEntry, b: ReviewEntry): boolean {
  return a.review !== b.review ? a.review > b.review : a.id > b.id;
}

function byTime(a: ReviewEntry, b: ReviewEntry): number {
  return a.review - b.review || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The latest entry per card, ignoring entries in `skip`. */
function latestPerCard(
  log: readonly ReviewEntry[],
  skip: ReadonlySet<string>,
): Map<string, ReviewEntry> {
  const latest = new Map<string, ReviewEntry>();
  for (const e of log) {
    if (skip.has(e.id)) continue;
    const seen = latest.get(e.cardId);
    if (!seen || newer(e, seen)) latest.set(e.cardId, e);
  }
  return latest;
}

/**
 * Merges two copies of the learner's progress without losing a review:
 * - the log is the union by entry id, minus entries either side undid, in time order;
 * - each card's state comes from the side whose latest surviving review of it is newer
 *   (on a tie, `incoming`, the copy just written elsewhere); a side whose latest review of
 *   the card was undone elsewhere holds a stale state and loses.
 * Returns `local` itself when `incoming` adds nothing, so callers can skip work.
 */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const undone = new Set([...local.undone, ...incoming.undone]);
  const ids = new Set(local.log.map((e) => e.id));
  const addsEntries = incoming.log.some((e) => !ids.has(e.id) && !undone.has(e.id));
  const undoesEntries = local.log.some((e) => undone.has(e.id));
  const addsCards = Object.keys(incoming.cards).some((id) => !Object.hasOwn(local.cards, id));
  if (!addsEntries && !undoesEntries && !addsCards && undone.size === local.undone.length) {
    return local;
  }

  const union = new Map<string, ReviewEntry>();
  for (const e of local.log) if (!undone.has(e.id)) union.set(e.id, e);
  for (const e of incoming.log) if (!undone.has(e.id)) union.set(e.id, e);
  const log = [...union.values()].sort(byTime);

  const localAll = latestPerCard(local.log, new Set());
  const incomingAll = latestPerCard(incoming.log, new Set());
  const localLive = latestPerCard(local.log, undone);
  const incomingLive = latestPerCard(incoming.log, undone);

  const cards: Record<string, CardState> = {};
  for (const id of new Set([...Object.keys(local.cards), ...Object.keys(incoming.cards)])) {
    const mine = ownCard(local.cards, id);
    const theirs = ownCard(incoming.cards, id);
    const mineStale = isStale(localAll.get(id), undone);
    const theirsStale = isStale(incomingAll.get(id), undone);
    let pick: CardState | undefined;
    if (!mine || mineStale) pick = theirsStale ? undefined : theirs;
    else if (!theirs || theirsStale) pick = mine;
    else {
      const a = localLive.get(id);
      const b = incomingLive.get(id);
      pick = a && (!b || newer(a, b)) ? mine : theirs;
    }
    // A card whose only reviews were all undone is new again: it has no record.
    if (pick && (localLive.has(id) || incomingLive.has(id))) cards[id] = pick;
    else if (pick && !localAll.has(id) && !incomingAll.has(id)) cards[id] = pick;
  }

  const keptUndone = [...undone].slice(-UNDONE_LIMIT);
  return { cards, log, undone: keptUndone };
}

function isStale(latest: ReviewEntry | undefined, undone: ReadonlySet<string>): boolean {
  return latest !== undefined && undone.has(latest.id);
}

export interface ImportPreview {
  /** Reviews in the incoming copy. */
  readonly incomingReviews: number;
  /** Of those, reviews this copy does not have yet. */
  readonly newReviews: number;
  /** Reviews only this copy has: a replace would drop them (a merge keeps them). */
  readonly onlyHere: number;
  readonly incomingCards: number;
  readonly currentReviews: number;
}

/** What importing `incoming` would change, for the learner to confirm. */
export function previewImport(current: Progress, incoming: Progress): ImportPreview {
  const here = new Set(current.log.map((e) => e.id));
  const there = new Set(incoming.log.map((e) => e.id));
  let newReviews = 0;
  for (const id of there) if (!here.has(id)) newReviews++;
  let onlyHere = 0;
  for (const id of here) if (!there.has(id)) onlyHere++;
  return {
    incomingReviews: incoming.log.length,
    newReviews,
    onlyHere,
    incomingCards: Object.keys(incoming.cards).length,
    currentReviews: current.log.length,
  };
}
