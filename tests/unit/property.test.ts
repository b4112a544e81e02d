import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CardState,
  GRADES,
  type Grade,
  type ReviewEntry,
} from '../../src/domain/card-state.ts';
import { buildQueue } from '../../src/domain/queue.ts';
import { replayCard } from '../../src/domain/replay.ts';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time.ts';
import { type AppState, type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { buildBackup, parseBackup } from '../../src/store/backup.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard, undoLast } from '../../src/store/review-actions.ts';
import type { PersistedState } from '../../src/store/schema.ts';
import { fcParams } from './fixtures/fc.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { refuseWrites } from './fixtures/refuse.ts';
import { readStored } from './fixtures/stored.ts';

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

function newStore(locks = new FakeLocks(), clock = fixedClock): AppStore {
  // No `storage` listener: each property run makes stores the test never disposes.
  return createAppStore({ clock, syncTabs: false, locks: webLocks(locks) });
}

function persisted(state: AppState): PersistedState {
  return {
    cards: state.cards,
    log: state.log,
    undone: state.undone,
    settings: state.settings,
    generation: state.generation,
  };
}

/** Every card equals the replay of its own reviews, and every reviewed card has a record. */
function expectReplayed(state: Pick<AppState, 'cards' | 'log'>) {
  const ids = new Set([...Object.keys(state.cards), ...state.log.map((e) => e.cardId)]);
  for (const id of ids) {
    expect(state.cards[id], id).toEqual(replayCard(state.log.filter((e) => e.cardId === id)));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

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
  s().updateSettings({ lang: 'en', lastExportAt: T0 + 3 * DAY_MS, retention: 0.85 });
  rateCard(store, cardId(3), 3, T0 + 3 * DAY_MS);
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

describe('importing a backup', () => {
  it('parseBackup never throws on 10,000 random payloads; what it accepts is well formed', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(payload, (text) => {
        const parsed = parseBackup(text);
        if (!parsed.ok) {
          rejected++;
          return;
        }
        accepted++;
        for (const e of parsed.backup.state.log) {
          expect(Number.isSafeInteger(e.review)).toBe(true);
          expect(new Date(e.review).getTime()).toBe(e.review);
        }
      }),
      fcParams(10_000),
    );
    // The mix really exercises both branches.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(5000);
  }, 60_000);

  // A backup's card ids are any strings, also names a plain object inherits ('__proto__',
  // 'constructor', 'toString'): the store must treat them as ids like any other.
  it('1,000 accepted imports (merge): no review here is lost, the file adds its live reviews, every card is its replay, and studying goes on', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        const parsed = parseBackup(mutatedText(changes));
        if (!parsed.ok) return;
        accepted++;
        localStorage.clear();
        const store = studiedStore();
        const before = store.getState();
        const result = await store.getState().importProgress(parsed.backup.state, 'merge');
        expect(result.ok).toBe(true);
        const after = store.getState();
        const ids = new Set(after.log.map((e) => e.id));
        for (const e of before.log) expect(ids.has(e.id)).toBe(true);
        const fileUndone = new Set(parsed.backup.state.undone);
        for (const e of parsed.backup.state.log) {
          if (fileUndone.has(e.id) || before.undone.includes(e.id)) continue;
          expect(ids.has(e.id)).toBe(true);
        }
        expect(ids.size).toBe(after.log.length);
        expectReplayed(after);
        expect(readStored().log).toEqual(after.log);
        for (const id of CARD_IDS) rateCard(store, id, 3, NOW);
        expect(readStored().log).toEqual(store.getState().log);
        expectReplayed(store.getState());
      }),
      fcParams(1_000),
    );
    expect(accepted).toBeGreaterThan(100);
  }, 120_000);
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

/** The progress, with undo markers as the set they are (their order means nothing). */
function progress(state: AppState) {
  return { cards: state.cards, log: state.log, undone: [...state.undone].sort() };
}

function checkCards(cards: Readonly<Record<string, CardState>>, log: readonly ReviewEntry[]) {
  const latest = new Map<string, ReviewEntry>();
  for (const e of log) latest.set(e.cardId, e);
  // A card has a record exactly when it has an answer in the log.
  expect(Object.keys(cards).sort()).toEqual([...latest.keys()].sort());
  for (const [id, card] of Object.entries(cards)) {
    expect(card.state).not.toBe(0);
    expect(card.stability).toBeGreaterThan(0);
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
  let live = 0;
  /** Answers of this page (undo can take back only those). */
  let mine = 0;
  for (const step of steps) {
    if (step.kind === 'rate') {
      now += step.advanceMs;
      const entry = rateCard(store, cardId(step.card), step.rating, now);
      live++;
      mine++;
      expect(store.getState().log).toContain(entry);
    } else if (step.kind === 'undo') {
      const undone = undoLast(store);
      expect(undone === null).toBe(mine === 0);
      if (undone) {
        live--;
        mine--;
      }
    } else {
      const before = progress(store.getState());
      store = newStore();
      mine = 0;
      expect(progress(store.getState())).toEqual(before);
      expect(store.getState().stale).toEqual([]);
      expect(store.getState().storageIssue).toBeNull();
    }
    const state = store.getState();
    expect(state.log).toHaveLength(live);
    checkCards(state.cards, state.log);
    expectReplayed(state);
    if (options.checkQueue) checkQueue(state, now);
  }
}

describe('random study sessions', () => {
  it('300 sessions of up to 40 steps with time moving forward keep the store consistent', () => {
    fc.assert(
      fc.property(fc.array(stepArb(0), { maxLength: 40, size: 'max' }), (steps) => {
        runSession(steps, { checkQueue: false });
      }),
      fcParams(300),
    );
  }, 60_000);

  it('300 sessions of up to 40 steps with the clock moving back up to 10 days never break', () => {
    fc.assert(
      fc.property(fc.array(stepArb(-10 * DAY_MS), { maxLength: 40, size: 'max' }), (steps) => {
        runSession(steps, { checkQueue: true });
      }),
      fcParams(300),
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------
// c. The invariant: what was acknowledged as saved is what reads back
// ---------------------------------------------------------------------------------------

type Act =
  | {
      readonly kind: 'rate';
      readonly tab: number;
      readonly card: number;
      readonly rating: Grade;
      readonly ms: number;
    }
  | { readonly kind: 'undo'; readonly tab: number }
  | { readonly kind: 'sync'; readonly tab: number }
  /** The next `n` writes are refused (a full quota, storage near its limit). */
  | { readonly kind: 'refuse'; readonly n: number }
  /** The tab's page reloads: what it had not saved is gone, and it was never acknowledged. */
  | { readonly kind: 'reload'; readonly tab: number }
  | { readonly kind: 'compact'; readonly tab: number }
  /** Reset progress: what storage held goes; reviews no reset saw are carried over. */
  | { readonly kind: 'reset'; readonly tab: number }
  /** Time passes: refused writes are retried on their timers. */
  | { readonly kind: 'wait' };

const TABS = 3;
const tab = fc.integer({ min: 0, max: TABS - 1 });
const act: fc.Arbitrary<Act> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('rate' as const),
      tab,
      card: fc.integer({ min: 0, max: CARD_IDS.length - 1 }),
      rating: fc.constantFrom(...GRADES),
      ms: fc.oneof(
        fc.integer({ min: 0, max: 20 * MINUTE_MS }),
        fc.integer({ min: -5 * MINUTE_MS, max: 3 * DAY_MS }),
      ),
    }),
    weight: 8,
  },
  { arbitrary: fc.record({ kind: fc.constant('undo' as const), tab }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), tab }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('refuse' as const),
      n: fc.integer({ min: 1, max: 4 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('reload' as const), tab }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('compact' as const), tab }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('reset' as const), tab }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'wait' as const }), weight: 1 },
);

describe('the storage invariant', () => {
  it('for any ratings, undos, refused writes, reloads, compactions, resets and interleavings of 3 tabs: every review acknowledged as saved reads back, nothing else does, and every card is its replay', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(act, { minLength: 1, maxLength: 60 }), async (acts) => {
        localStorage.clear();
        // Each run on its own timers: a retry left by an earlier run must never write here.
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const locks = new FakeLocks();
        let now = T0;
        const clock = () => now;
        let refuse = 0;
        refuseWrites(() => refuse-- > 0);
        const created: AppStore[] = [];
        const open = () => {
          const store = newStore(locks, clock);
          created.push(store);
          return store;
        };
        try {
          const tabs: AppStore[] = Array.from({ length: TABS }, open);
          /** Entries each tab made and still holds live, not yet acknowledged. */
          const pending: Set<string>[] = tabs.map(() => new Set());
          /** Undos each tab made, not yet acknowledged. */
          const pendingUndo: Set<string>[] = tabs.map(() => new Set());
          const acknowledged = new Set<string>();
          const undoneForGood = new Set<string>();
          const made = new Set<string>();
          /** After an action, a tab without a refused save has stored everything it holds. */
          const acknowledge = (i: number) => {
            const status = tabs[i]?.getState().saveStatus;
            if (status?.kind === 'failed') return;
            for (const id of pending[i] as Set<string>) acknowledged.add(id);
            for (const id of pendingUndo[i] as Set<string>) undoneForGood.add(id);
            pending[i]?.clear();
            pendingUndo[i]?.clear();
          };
          for (const a of acts) {
            if (a.kind === 'refuse') {
              refuse = a.n;
              continue;
            }
            if (a.kind === 'wait') {
              vi.advanceTimersByTime(60_000);
              for (const i of tabs.keys()) acknowledge(i);
              continue;
            }
            const t = tabs[a.tab] as AppStore;
            if (a.kind === 'rate') {
              now += a.ms;
              const e = rateCard(t, cardId(a.card), a.rating, now);
              made.add(e.id);
              pending[a.tab]?.add(e.id);
            } else if (a.kind === 'undo') {
              const e = undoLast(t);
              if (e) {
                if (pending[a.tab]?.has(e.id)) pending[a.tab]?.delete(e.id);
                else pendingUndo[a.tab]?.add(e.id);
              }
            } else if (a.kind === 'sync') {
              await t.getState().syncFromOtherTabs();
              await t.getState().refresh();
            } else if (a.kind === 'reload') {
              // The page is gone: nothing of it runs any more.
              t.engine.dispose();
              locks.release(`apigw-flashcards:writer:${t.engine.writer}`);
              tabs[a.tab] = open();
              pending[a.tab]?.clear();
              pendingUndo[a.tab]?.clear();
              await tabs[a.tab]?.getState().refresh();
            } else if (a.kind === 'compact') {
              now += 2 * 60 * MINUTE_MS;
              await t.engine.compact();
            } else if (await t.getState().resetProgress()) {
              // Everything stored is gone; this tab's own waiting reviews were stored first.
              acknowledged.clear();
              pending[a.tab]?.clear();
              pendingUndo[a.tab]?.clear();
            }
            acknowledge(a.tab);
          }
          refuse = 0;
          // A fresh tab reads what storage holds.
          const reader = open();
          await reader.getState().refresh();
          const back = new Set(reader.getState().log.map((e) => e.id));
          for (const id of acknowledged) {
            if (!undoneForGood.has(id)) expect(back.has(id), `acknowledged ${id}`).toBe(true);
          }
          for (const id of undoneForGood) expect(back.has(id), `undone ${id}`).toBe(false);
          for (const id of back) expect(made.has(id)).toBe(true);
          expectReplayed(reader.getState());
          expect(reader.getState().storageIssue).toBeNull();
          // Every tab, once it has taken in the others, holds what storage holds.
          for (const t of tabs) {
            t.engine.flush();
          }
          const final = open();
          await final.getState().refresh();
          for (const t of tabs) {
            await t.getState().syncFromOtherTabs();
            await t.getState().refresh();
            expect(new Set(t.getState().log.map((e) => e.id))).toEqual(
              new Set(final.getState().log.map((e) => e.id)),
            );
            expectReplayed(t.getState());
          }
        } finally {
          // Nothing of this run (a pending refresh, a reset awaiting its lock) may touch the next.
          for (const store of created) store.engine.dispose();
          vi.restoreAllMocks();
          vi.useRealTimers();
        }
      }),
      fcParams(300),
    );
  }, 120_000);
});
