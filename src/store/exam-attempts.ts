import { type ExamAttempt, isExamSize, isSeed, scoreOf } from '../domain/exam-score.ts';
import { ENTRY_ID, isCardId, isInstant, KEYS } from './schema.ts';
import { safeStorage, type WriteFailure } from './storage.ts';

/**
 * Mock-exam attempts in storage. Each finished attempt is one value under its own key
 * (`apigw-flashcards:exam:<id>`), written once by the tab that ran it and never written
 * again, so two tabs cannot overwrite each other's attempts, and a damaged value costs
 * only that attempt. A reset or a replacing import removes them (store/engine-admin.ts),
 * after the backup download or the kept copy has them. Loaded with the pages that show
 * attempts (/exam, /progress) and with backups, never with the first page.
 *
 * Value (version 1): {"v":1,"id","s":started,"f":finished,"seed","n":size,"e":"f"|"t",
 *   "q":[[card id,[picks],1|0],...]}: `e` how it ended (finish, time), `q` the questions
 *   in the order asked, each with the options picked and whether it was graded right.
 */

const ATTEMPT_VERSION = 1;

export const attemptKey = (id: string): string => `${KEYS.examPrefix}${id}`;

/** An attempt as stored (and as a backup file holds it). */
export function attemptValue(a: ExamAttempt): Record<string, unknown> {
  return {
    v: ATTEMPT_VERSION,
    id: a.id,
    s: a.startedAt,
    f: a.finishedAt,
    seed: a.seed,
    n: a.size,
    e: a.endedBy === 'time' ? 't' : 'f',
    q: a.questions.map((q) => [q.cardId, q.picks, q.right ? 1 : 0]),
  };
}

export function encodeAttempt(a: ExamAttempt): string {
  return JSON.stringify(attemptValue(a));
}

const isPicks = (x: unknown): x is number[] =>
  Array.isArray(x) &&
  x.length <= 5 &&
  new Set(x).size === x.length &&
  x.every((p) => Number.isInteger(p) && p >= 0 && p < 5);

const isQuestion = (x: unknown): x is [string, number[], 0 | 1] =>
  Array.isArray(x) &&
  x.length === 3 &&
  isCardId(x[0]) &&
  isPicks(x[1]) &&
  (x[2] === 0 || x[2] === 1);

export type AttemptRead =
  | { readonly ok: true; readonly attempt: ExamAttempt }
  /** Written by a newer version of the app: left as it is. */
  | { readonly ok: false; readonly future: boolean };

/** Reads one stored attempt; anything out of shape makes it unreadable (never half-read). */
function decodeAttempt(raw: string, id?: string): AttemptRead {
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return { ok: false, future: false };
  }
  return attemptFrom(o, id);
}

/** An attempt from its stored shape (`id`: the id its key names, when it has one). */
export function attemptFrom(o: unknown, id?: string): AttemptRead {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false, future: false };
  const r = o as Record<string, unknown>;
  if (typeof r.v === 'number' && r.v > ATTEMPT_VERSION) return { ok: false, future: true };
  const size = typeof r.n === 'number' ? r.n : 0;
  if (
    r.v !== ATTEMPT_VERSION ||
    typeof r.id !== 'string' ||
    !ENTRY_ID.test(r.id) ||
    (id !== undefined && r.id !== id) ||
    !isInstant(r.s) ||
    !isInstant(r.f) ||
    r.f < r.s ||
    typeof r.seed !== 'number' ||
    !isSeed(r.seed) ||
    !isExamSize(size) ||
    (r.e !== 'f' && r.e !== 't') ||
    !Array.isArray(r.q) ||
    r.q.length === 0 ||
    r.q.length > size ||
    !r.q.every(isQuestion)
  ) {
    return { ok: false, future: false };
  }
  const questions = (r.q as [string, number[], 0 | 1][]).map(([cardId, picks, right]) => ({
    cardId,
    picks,
    right: right === 1,
  }));
  return {
    ok: true,
    attempt: {
      id: r.id,
      startedAt: r.s,
      finishedAt: r.f,
      seed: r.seed,
      size,
      endedBy: r.e === 't' ? 'time' : 'finish',
      questions,
      score: scoreOf(questions.filter((q) => q.right).length, questions.length),
    },
  };
}

export interface AttemptsRead {
  /** Oldest first (by finish time, then id, so every tab lists them alike). */
  readonly attempts: readonly ExamAttempt[];
  /** Stored values that could not be read (damaged, or from a newer version): left in place. */
  readonly unreadable: readonly string[];
}

export function byFinish(a: ExamAttempt, b: ExamAttempt): number {
  return a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Reads attempts from stored values (`items`: key → value; other keys are ignored). */
export function attemptsFrom(items: ReadonlyMap<string, string>): AttemptsRead {
  const attempts: ExamAttempt[] = [];
  const unreadable: string[] = [];
  for (const [key, raw] of items) {
    if (!key.startsWith(KEYS.examPrefix)) continue;
    const r = decodeAttempt(raw, key.slice(KEYS.examPrefix.length));
    if (r.ok) attempts.push(r.attempt);
    else unreadable.push(key);
  }
  return { attempts: attempts.sort(byFinish), unreadable };
}

/** Every stored attempt value, by key. */
export function attemptItems(): Map<string, string> {
  const items = new Map<string, string>();
  for (const key of safeStorage.keys(KEYS.examPrefix)) {
    const r = safeStorage.read(key);
    if (r.ok && r.value !== null) items.set(key, r.value);
  }
  return items;
}

export function readAttempts(): AttemptsRead {
  return attemptsFrom(attemptItems());
}

/**
 * Stores an attempt under its own key; null, or why storage refused it. An attempt already
 * stored (the same id) is left as it is: attempts are written once.
 */
export function writeAttempt(a: ExamAttempt): WriteFailure | null {
  const key = attemptKey(a.id);
  const there = safeStorage.read(key);
  if (there.ok && there.value !== null) return null;
  const r = safeStorage.write(key, encodeAttempt(a));
  return r.ok ? null : r.reason;
}

/**
 * Stores several attempts, all or none: if one is refused, the ones written here are
 * removed again, so an import never half-applies. `written`: the keys it added (for a
 * caller that must take them back when a later step fails).
 */
export function writeAttempts(list: readonly ExamAttempt[]): {
  readonly failure: WriteFailure | null;
  readonly written: readonly string[];
} {
  const written: string[] = [];
  for (const a of list) {
    const key = attemptKey(a.id);
    const there = safeStorage.read(key);
    if (there.ok && there.value !== null) continue;
    const r = safeStorage.write(key, encodeAttempt(a));
    if (!r.ok) {
      removeKeys(written);
      return { failure: r.reason, written: [] };
    }
    written.push(key);
  }
  return { failure: null, written };
}

export function removeKeys(keys: Iterable<string>): void {
  for (const k of keys) safeStorage.remove(k);
}
