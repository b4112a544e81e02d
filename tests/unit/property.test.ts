import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CardState, GRADES, type Grade, type ReviewEntry } from '../../src/domain/card-state';
import { buildQueue } from '../../src/domain/queue';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time';
import { type AppState, type AppStore, createAppStore } from '../../src/store/app-store';
import { buildBackup, parseBackup } from '../../src/store/backup';
import { rateCard, undoLast } from '../../src/store/review-actions';
import { type PersistedState, STORAGE_KEY } from '../../src/store/schema';
import { readStored } from './fixtures/stored';

const T0 = Date.UTC(2026, 2, 10, 8, 0);
const fixedClock = () => T0;
/** When the fuzzed backups are imported: after every review in them. */
const NOW = T0 + 30 * DAY_MS;

const CARD_IDS = [
  'feat.api-keys.which',
  'feat.waf.which',
  'feat.caching.which',
  'feat.usage-plans.which',
  'cost.free-tier.qa',
  'cost.billing-model.qa',
] as const;

function cardId(i: number): string {
  return CARD_IDS[i] ?? CARD_IDS[0];
}

function newStore(): AppStore {
  // No `storage` listener: each property run makes stores the test never disposes.
  return createAppStore({ clock: fixedClock, syncTabs: false });
}

function persisted(state: AppState): PersistedState {
  return { cards: state.cards, log: state.log, undone: state.undone, settings: state.settings };
}

// ---------------------------------------------------------------------------------------
// a. Import payloads
// ---------------------------------------------------------------------------------------

/** A real backup: exported from a store after a few days of study, with one undo. */
function realBackup(): string {
  localStorage.clear();
  const store = newStore();
  const s = () => store.getState();
  rateCard(store, cardId(0), 3, T0);
  rateCard(store, cardId(1), 1, T0 + MINUTE_MS);
  rateCard(store, cardId(1), 3, T0 + 2 * MINUTE_MS);
  rateCard(store, cardId(2), 4, T0 + 3 * MINUTE_MS);
  rateCard(store, cardId(3), 2, T0 + 4 * MINUTE_MS);
  undoLast(store);
  rateCard(store, cardId(1), 3, T0 + 12 * MINUTE_MS);
  rateCard(store, cardId(0), 3, T0 + 2 * DAY_MS);
  rateCard(store, cardId(4), 1, T0 + 2 * DAY_MS + MINUTE_MS);
  s().updateSettings({ lang: 'en', lastExportAt: T0 + 3 * DAY_MS });
  const text = buildBackup(persisted(s()), '0.1.0', T0 + 3 * DAY_MS);
  localStorage.clear();
  return text;
}

/** The store imports go into: its own history, partly the same cards as the backup. */
function studiedStore(): AppStore {
  const store = newStore();
  rateCard(store, cardId(0), 2, T0 + 5 * MINUTE_MS);
  rateCard(store, cardId(5), 3, T0 + DAY_MS);
  rateCard(store, cardId(5), 3, T0 + 4 * DAY_MS);
  rateCard(store, cardId(2), 1, T0 + 4 * DAY_MS + MINUTE_MS);
  undoLast(store);
  return store;
}

type Path = readonly (string | number)[];
type Json = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** Every path in a JSON value, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...at, i]));
  } else if (isContainer(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  }
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets an own, enumerable property: also for `__proto__`, which JSON.stringify then writes. */
function defineKey(target: Json, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'negate'; readonly path: Path }
  | { readonly op: 'rename'; readonly path: Path; readonly key: string }
  | { readonly op: 'add-key'; readonly path: Path; readonly key: string; readonly value: unknown };

/** Applies a mutation in place; returns the new root (a set at the root replaces it). */
function mutate(root: unknown, m: Mutation): unknown {
  if (m.path.length === 0) return m.op === 'set' ? m.value : root;
  const parent = getAt(root, m.path.slice(0, -1));
  const key = m.path.at(-1) as string | number;
  if (!isContainer(parent) || !(key in parent)) return root;
  const record = parent as Record<string | number, unknown>;
  switch (m.op) {
    case 'set':
      defineKey(parent, key, m.value);
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete record[key];
      break;
    case 'negate':
      if (typeof record[key] === 'number') record[key] = -(record[key] as number);
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        const value = record[key];
        delete record[key];
        defineKey(parent, m.key, value);
      }
      break;
    case 'add-key': {
      const target = record[key];
      if (isContainer(target) && !Array.isArray(target)) defineKey(target, m.key, m.value);
      break;
    }
  }
  return root;
}

const backupText = realBackup();
const backupValue: unknown = JSON.parse(backupText);
const backupPaths = pathsOf(backupValue);
const pathsWhere = (test: (value: unknown) => boolean) =>
  backupPaths.filter((p) => test(getAt(backupValue, p)));

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
/** Keys that are no card id but that a plain object already answers to. */
const TRICKY_KEYS = [...FORBIDDEN, 'toString', 'hasOwnProperty', 'valueOf', ''] as const;

const extremeNumber = fc.oneof(
  fc.constantFrom(
    -1,
    -0.5,
    0,
    1e21,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    8.64e15,
    8.64e15 + 1,
    -8.64e15 - 1,
    2 ** 31,
    -(2 ** 31),
  ),
  fc.integer(),
  fc.double(),
);

const anyPath = fc.constantFrom(...backupPaths);
const numberPath = fc.constantFrom(...pathsWhere((v) => typeof v === 'number'));
const stringPath = fc.constantFrom(...pathsWhere((v) => typeof v === 'string'));
const objectPath = fc.constantFrom(...pathsWhere((v) => isContainer(v) && !Array.isArray(v)));
const keyedPath = fc.constantFrom(...backupPaths.filter((p) => typeof p.at(-1) === 'string'));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path: anyPath, value: fc.jsonValue() }),
  fc.record({ op: fc.constant('set' as const), path: anyPath, value: fc.anything() }),
  fc.record({ op: fc.constant('set' as const), path: numberPath, value: extremeNumber }),
  fc.record({
    op: fc.constant('set' as const),
    path: stringPath,
    value: fc.constantFrom(...TRICKY_KEYS),
  }),
  fc.record({ op: fc.constant('negate' as const), path: numberPath }),
  fc.record({ op: fc.constant('delete' as const), path: anyPath }),
  fc.record({
    op: fc.constant('rename' as const),
    path: keyedPath,
    key: fc.constantFrom(...TRICKY_KEYS),
  }),
  fc.record({
    op: fc.constant('add-key' as const),
    path: objectPath,
    key: fc.constantFrom(...TRICKY_KEYS),
    value: fc.jsonValue(),
  }),
);

/** Up to five random changes to the real backup (none at all, sometimes). */
const mutations = fc.array(mutation, { maxLength: 5 });

function mutatedText(changes: readonly Mutation[]): string {
  let root: unknown = JSON.parse(backupText);
  for (const m of changes) root = mutate(root, m);
  return JSON.stringify(root) ?? '';
}

const mutatedBackup = mutations.map(mutatedText);

/** A forbidden key written into the JSON text of a (mutated) backup, after some `{`. */
const forbiddenKeyText = fc
  .tuple(mutatedBackup, fc.nat(), fc.constantFrom(...FORBIDDEN), fc.json())
  .map(([text, n, key, value]) => {
    const opens = [...text.matchAll(/\{"/g)].map((m) => m.index);
    const at = opens.length ? (opens[n % opens.length] as number) + 1 : 0;
    return `${text.slice(0, at)}${JSON.stringify(key)}:${value},${text.slice(at)}`;
  });

const payload = fc.oneof(
  { arbitrary: fc.json(), weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: mutatedBackup, weight: 5 },
  { arbitrary: forbiddenKeyText, weight: 1 },
);

function liveIds(log: readonly ReviewEntry[], undone: ReadonlySet<string>): Set<string> {
  return new Set(log.filter((e) => !undone.has(e.id)).map((e) => e.id));
}

describe('importing a backup', () => {
  it('parseBackup never throws on 10,000 random payloads, and only an accepted one changes the store', () => {
    const store = studiedStore();
    const initial = persisted(store.getState());
    let accepted = 0;
    let rejected = 0;

    fc.assert(
      fc.property(payload, (text) => {
        const storedBefore = localStorage.getItem(STORAGE_KEY);
        const parsed = parseBackup(text, NOW);
        if (parsed.ok) store.getState().importProgress(parsed.backup.state, 'merge');
        const after = store.getState();

        if (!parsed.ok) {
          rejected++;
          expect(after.cards).toBe(initial.cards);
          expect(after.log).toBe(initial.log);
          expect(after.undone).toBe(initial.undone);
          expect(after.settings).toBe(initial.settings);
          expect(localStorage.getItem(STORAGE_KEY)).toBe(storedBefore);
          return;
        }

        accepted++;
        const incoming = parsed.backup.state;
        const undone = new Set([...initial.undone, ...incoming.undone]);
        const merged = new Map(after.log.map((e) => [e.id, e]));
        // No review is lost (from either side), none taken back comes back, none twice.
        // (A damaged backup can repeat an id: the log is a union by id, so one of them stays.)
        for (const id of liveIds(initial.log, undone)) expect(merged.has(id)).toBe(true);
        for (const e of incoming.log) {
          if (undone.has(e.id)) continue;
          const sameId = incoming.log.filter((other) => other.id === e.id);
          expect(sameId).toContainEqual(merged.get(e.id));
        }
        expect(merged.size).toBe(after.log.length);
        for (const e of after.log) expect(undone.has(e.id)).toBe(false);
        // What was saved is readable again.
        const saved = readStored();
        expect(saved).toEqual({ ok: true, state: persisted(after) });

        // Undo the import for the next run: same references, the same stored state (its
        // text can differ: rewritten log chunks get new keys).
        store.setState(initial);
        expect(readStored()).toEqual({
          ok: true,
          state: {
            cards: initial.cards,
            log: initial.log,
            undone: initial.undone,
            settings: initial.settings,
          },
        });
      }),
      { numRuns: 10_000 },
    );

    // The mix really exercises both branches.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(5000);
  }, 60_000);

  // A backup's card ids are any strings, also names a plain object inherits ('__proto__',
  // 'constructor', 'toString'): the store must treat them as ids like any other.
  it('an accepted backup never breaks studying: 2,000 imports, each followed by undoing every answer it can and rating again', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutations, (changes) => {
        const parsed = parseBackup(mutatedText(changes), NOW);
        if (!parsed.ok) return;
        accepted++;
        localStorage.clear();
        const store = studiedStore();
        expect(store.getState().importProgress(parsed.backup.state, 'merge')).toBe(true);
        // Undo goes back as far as the answers that still carry undo data (a backup may
        // hold old answers without it); it never throws and never skips one.
        while (undoLast(store)) {
          // keep undoing
        }
        const left = store.getState().log;
        if (left.length > 0) expect(left.at(-1)?.undo).toBeUndefined();
        for (const id of CARD_IDS) rateCard(store, id, 3, NOW);
        const saved = readStored();
        expect(saved).toEqual({ ok: true, state: persisted(store.getState()) });
      }),
      { numRuns: 2_000 },
    );
    expect(accepted).toBeGreaterThan(200);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------
// b. Random study sessions
// ---------------------------------------------------------------------------------------

type Step =
  | {
      readonly kind: 'rate';
      readonly card: number;
      readonly rating: Grade;
      readonly advanceMs: number;
    }
  | { readonly kind: 'undo' }
  | { readonly kind: 'reload' };

function stepArb(minAdvanceMs: number): fc.Arbitrary<Step> {
  // Minutes exercise the learning steps, days the review intervals.
  const advanceMs = fc.oneof(
    fc.integer({ min: Math.max(minAdvanceMs, -10 * MINUTE_MS), max: 15 * MINUTE_MS }),
    fc.integer({ min: minAdvanceMs, max: 30 * DAY_MS }),
  );
  return fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('rate' as const),
        card: fc.integer({ min: 0, max: CARD_IDS.length - 1 }),
        rating: fc.constantFrom(...GRADES),
        advanceMs,
      }),
      weight: 6,
    },
    { arbitrary: fc.constant({ kind: 'undo' as const }), weight: 2 },
    { arbitrary: fc.constant({ kind: 'reload' as const }), weight: 1 },
  );
}

function progress(state: AppState) {
  return { cards: state.cards, log: state.log, undone: state.undone };
}

/** The latest answer to each card, by position in the log. */
function latestEntries(log: readonly ReviewEntry[]): Map<string, ReviewEntry> {
  const latest = new Map<string, ReviewEntry>();
  for (const e of log) latest.set(e.cardId, e);
  return latest;
}

function checkCards(cards: Readonly<Record<string, CardState>>, log: readonly ReviewEntry[]) {
  const latest = latestEntries(log);
  // A card has a record exactly when it has an answer in the log.
  expect(Object.keys(cards).sort()).toEqual([...latest.keys()].sort());
  for (const [id, card] of Object.entries(cards)) {
    expect(card.state).not.toBe(0);
    expect(card.stability).toBeGreaterThan(0);
    expect(card.lastReview).not.toBeNull();
    expect(card.due).toBeGreaterThanOrEqual(card.lastReview ?? Number.POSITIVE_INFINITY);
    // No negative interval: the card is due no earlier than its latest answer.
    expect((latest.get(id) as ReviewEntry).review).toBeLessThanOrEqual(card.due);
  }
}

function checkQueue(state: AppState, now: number) {
  const queue = buildQueue({
    deckOrder: CARD_IDS,
    cards: state.cards,
    log: state.log,
    now,
    newPerDay: state.settings.newPerDay,
  });
  const listed = [...queue.learning, ...queue.review, ...queue.fresh];
  expect(new Set(listed).size).toBe(listed.length);
  for (const id of CARD_IDS) {
    if (listed.includes(id)) continue;
    // Not in the queue only when studied and not due yet.
    const card = state.cards[id];
    expect(card).toBeDefined();
    expect(card?.due).toBeGreaterThan(now);
    expect(queue.nextDue).not.toBeNull();
  }
}

function runSession(steps: readonly Step[], options: { readonly checkQueue: boolean }) {
  localStorage.clear();
  let store = newStore();
  let now = T0;
  let ratings = 0;
  let undos = 0;
  for (const step of steps) {
    if (step.kind === 'rate') {
      now += step.advanceMs;
      const entry = rateCard(store, cardId(step.card), step.rating, now);
      ratings++;
      expect(store.getState().log.at(-1)).toBe(entry);
    } else if (step.kind === 'undo') {
      const last = store.getState().log.at(-1);
      const undone = undoLast(store);
      expect(undone).toBe(last ?? null);
      if (undone) undos++;
    } else {
      const before = progress(store.getState());
      store = newStore();
      expect(progress(store.getState())).toEqual(before);
      expect(store.getState().storageIssue).toBeNull();
    }
    const state = store.getState();
    expect(state.log).toHaveLength(ratings - undos);
    checkCards(state.cards, state.log);
    if (options.checkQueue) checkQueue(state, now);
  }
}

describe('random study sessions', () => {
  it('300 sessions of up to 40 steps with time moving forward keep the store consistent', () => {
    fc.assert(
      fc.property(fc.array(stepArb(0), { maxLength: 40, size: 'max' }), (steps) => {
        runSession(steps, { checkQueue: false });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('300 sessions of up to 40 steps with the clock moving back up to 10 days never break', () => {
    fc.assert(
      fc.property(fc.array(stepArb(-10 * DAY_MS), { maxLength: 40, size: 'max' }), (steps) => {
        runSession(steps, { checkQueue: true });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
