import type { ReviewEntry } from './card-state.ts';

/**
 * The review log's one order: by review time, then by entry id. Every copy of the log
 * (each tab, a backup, a replay) sorts the same set of entries the same way, so a card's
 * replay does not depend on which tab saw which review first.
 */
export function compareEntries(a: ReviewEntry, b: ReviewEntry): number {
  return a.review - b.review || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of the sorted `log` with `entry` in its place; usually that is the end. */
export function insertEntry(log: readonly ReviewEntry[], entry: ReviewEntry): ReviewEntry[] {
  let at = log.length;
  while (at > 0 && compareEntries(log[at - 1] as ReviewEntry, entry) > 0) at--;
  const out = log.slice();
  out.splice(at, 0, entry);
  return out;
}

/** FNV-1a over the id's UTF-16 code units: a 32-bit hash, the same in every tab. */
export function entryHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const H = 2 ** 32;

/**
 * Which reviews a card state reflects, as one safe integer: how many times 2^32, plus the
 * sum of their ids' hashes modulo 2^32. It does not depend on order, and a review added or
 * taken back changes it, so a stored card state can be checked against the log cheaply.
 */
export type Basis = number;
export const EMPTY_BASIS: Basis = 0;

export function addToBasis(basis: Basis, id: string): Basis {
  const count = Math.floor(basis / H);
  const sum = basis - count * H;
  return (count + 1) * H + ((sum + entryHash(id)) % H);
}

/** The basis of exactly these entries (practice answers included: they are reviews too). */
export function basisOf(entries: Iterable<ReviewEntry>): Basis {
  let b = EMPTY_BASIS;
  for (const e of entries) b = addToBasis(b, e.id);
  return b;
}

/** Each card's entries, in log order. */
export function entriesByCard(log: readonly ReviewEntry[]): Map<string, ReviewEntry[]> {
  const by = new Map<string, ReviewEntry[]>();
  for (const e of log) {
    const list = by.get(e.cardId);
    if (list) list.push(e);
    else by.set(e.cardId, [e]);
  }
  return by;
}
