// Synthetic study histories for `npm run bench` (scripts/bench.mjs bundles this file with
// Vite and imports it). Every entry comes from the app's own scheduler (`applyRating`),
// queue (`buildQueue`) and entry ids (`newEntryId`, fed by a seeded generator), and the
// stored form comes from the app's own persist adapter (`createGuardedStorage`, writing
// into an in-memory localStorage), so what the bench puts into the browser is exactly
// what the app would have stored, whatever the storage layout.
//
// The learner: studies on most days (about 9 in 10), at a random time in the local
// evening. Each session answers today's queue (due learning cards, review cards due
// today, up to 20 new cards), waits for learning steps due within 15 minutes and answers
// them again, then practises comparison rows (`/study?row=`) until the day's target count.
// Answers follow the card's recall probability: Again with probability 1 - R, otherwise
// mostly Good with some Hard and Easy. Fixed seeds make the histories repeatable.
//
// Why row practice: the deck has only 152 cards. Answering only what FSRS schedules (at
// 90% retention) gives a few thousand reviews in three years, far from the ~50,000 the
// benchmark needs, because intervals quickly grow to months. A learner who reaches 50,000
// reviews on this deck mostly re-studies: 35 to 65 answers per study day, most of them in
// row sessions (each card of a row once, Again'd cards after their learning step, as the
// app's filtered sessions do).

import { cardIdsForRow, DECK_ORDER_DATA } from '../src/content/deck.ts';

const DECK_ORDER = DECK_ORDER_DATA.order;

import { FEATURE_ROWS } from '../src/content/features.ts';
import {
  type CardState,
  type Grade,
  ownCard,
  PHASE,
  type ReviewEntry,
} from '../src/domain/card-state.ts';
import { basisOf, entriesByCard } from '../src/domain/log.ts';
import { buildQueue } from '../src/domain/queue.ts';
import { FSRS6_DECAY } from '../src/domain/recall.ts';
import { applyRating } from '../src/domain/scheduler.ts';
import { addLocalDays, DAY_MS, HOUR_MS, MINUTE_MS } from '../src/domain/time.ts';
import { createEngine } from '../src/store/engine.ts';
import '../src/store/engine-write.ts';
import { newEntryId } from '../src/store/ids.ts';
import { webLocks } from '../src/store/locks.ts';
import { DEFAULT_SETTINGS, KEYS, type PersistedState } from '../src/store/schema.ts';

export type HistoryKind = 'month' | 'year' | 'three-years' | 'stress';

export const HISTORY_KINDS: readonly HistoryKind[] = ['month', 'year', 'three-years', 'stress'];

interface Plan {
  readonly label: string;
  readonly seed: number;
  /** Calendar days of history, ending yesterday. */
  readonly days: number;
  /** Card ids in the order new cards are introduced. */
  readonly deckOrder: readonly string[];
  /** Groups of card ids practised together after the day's queue. */
  readonly rows: readonly (readonly string[])[];
  readonly newPerDay: number;
  /** Answers per study day, including today's queue: uniform in [min, max]. */
  readonly dailyTarget: readonly [number, number];
  /** The history stops at this many reviews (the stress history's size). */
  readonly maxReviews: number;
}

const deckRows = (): string[][] =>
  FEATURE_ROWS.map((r) => [...cardIdsForRow(r.id)]).filter((ids) => ids.length > 0);

/** 5,000 cards the deck does not know (the queue ignores them; storage keeps them). */
const stressIds = (): string[] =>
  Array.from({ length: 5000 }, (_, i) => `bench.card-${String(i + 1).padStart(4, '0')}.qa`);

function planFor(kind: HistoryKind): Plan {
  const deck = { deckOrder: DECK_ORDER, rows: deckRows(), newPerDay: 20 };
  switch (kind) {
    case 'month':
      return {
        ...deck,
        label: '1 month',
        seed: 101,
        days: 30,
        dailyTarget: [35, 65],
        maxReviews: Infinity,
      };
    case 'year':
      return {
        ...deck,
        label: '1 year',
        seed: 202,
        days: 365,
        dailyTarget: [35, 65],
        maxReviews: Infinity,
      };
    case 'three-years':
      return {
        ...deck,
        label: '3 years',
        seed: 303,
        days: 1095,
        dailyTarget: [35, 65],
        maxReviews: Infinity,
      };
    case 'stress':
      // 5,000 cards at 20 new a day, only today's queue (its natural load of reviews),
      // stopping at exactly 100,000 reviews (about 2.7 years in).
      return {
        label: 'stress',
        seed: 404,
        days: 1095,
        deckOrder: stressIds(),
        rows: [],
        newPerDay: 20,
        dailyTarget: [0, 0],
        maxReviews: 100_000,
      };
  }
}

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The app's entry id. It draws from `crypto.getRandomValues`, which `seeded` makes
 * repeatable during generation. (Called with the time for versions that took it.)
 */
const entryId = newEntryId as (now: number) => string;

/** Runs `fn` with `crypto.getRandomValues` and `Math.random` drawing from `rand`. */
function seeded<T>(rand: () => number, fn: () => T): T {
  const random = Math.random;
  Object.defineProperty(globalThis.crypto, 'getRandomValues', {
    configurable: true,
    value: (array: Uint8Array) => {
      for (let i = 0; i < array.length; i++) array[i] = Math.floor(rand() * 256);
      return array;
    },
  });
  Math.random = rand;
  try {
    return fn();
  } finally {
    Reflect.deleteProperty(globalThis.crypto, 'getRandomValues');
    Math.random = random;
  }
}

const FACTOR = 0.9 ** (1 / -FSRS6_DECAY) - 1;

/**
 * The learner's "true" chance of recalling a review card at `at`: FSRS's forgetting curve
 * over fractional days (the app's `recallProbability` counts whole days, which says 1 for
 * any card seen earlier the same day).
 */
function trueRecall(state: CardState, at: number): number {
  const last = state.lastReview ?? state.due;
  const days = Math.max(0, at - last) / DAY_MS;
  return (1 + (FACTOR * days) / Math.max(state.stability, 0.01)) ** -FSRS6_DECAY;
}

class Simulation {
  readonly cards: Record<string, CardState> = {};
  readonly log: ReviewEntry[] = [];
  private readonly rand: () => number;

  constructor(
    private readonly plan: Plan,
    seed: number,
  ) {
    this.rand = prng(seed);
  }

  get full(): boolean {
    return this.log.length >= this.plan.maxReviews;
  }

  /** A plausible answer: Again with probability 1 - R, otherwise mostly Good. */
  private grade(state: CardState | undefined, at: number): Grade {
    const r = this.rand();
    let again: number;
    if (!state || state.state === PHASE.new) again = 0.25;
    else if (state.state === PHASE.review)
      again = Math.min(0.95, Math.max(0.03, 1 - trueRecall(state, at)));
    else again = 0.12;
    if (r < again) return 1;
    const rest = (r - again) / (1 - again);
    if (rest < 0.1) return 2;
    if (rest < 0.9) return 3;
    return 4;
  }

  /** Answers one card at `at`; returns the time the learner is ready for the next one. */
  answer(cardId: string, at: number): number {
    const state = ownCard(this.cards, cardId);
    const { card, entry } = applyRating(
      cardId,
      state,
      this.grade(state, at),
      at,
      entryId(at),
      DEFAULT_SETTINGS.retention,
    );
    this.cards[cardId] = card;
    this.log.push(entry);
    // 4 to 25 seconds to read, reveal and answer.
    return at + 4000 + Math.floor(this.rand() * 21_000);
  }

  /**
   * Cards of this session still in (re)learning come back when their step is due; the
   * learner waits for steps due within 15 minutes, then stops.
   */
  private finishSteps(touched: ReadonlySet<string>, start: number): number {
    let at = start;
    for (let guard = 0; guard < 1000 && !this.full; guard++) {
      let next: string | null = null;
      let nextDue = Infinity;
      for (const id of touched) {
        const c = this.cards[id];
        if (!c || (c.state !== PHASE.learning && c.state !== PHASE.relearning)) continue;
        if (c.due < nextDue) {
          next = id;
          nextDue = c.due;
        }
      }
      if (next === null || nextDue > at + 15 * MINUTE_MS) break;
      at = this.answer(next, Math.max(at, nextDue));
    }
    return at;
  }

  /** One evening's study: today's queue, learning steps, then row practice. */
  studyDay(dayStart: number): void {
    const { plan } = this;
    let at = dayStart + 19 * HOUR_MS + Math.floor(this.rand() * 4 * HOUR_MS);
    const target =
      plan.dailyTarget[0] +
      Math.floor(this.rand() * (plan.dailyTarget[1] - plan.dailyTarget[0] + 1));
    const first = this.log.length;
    const queue = buildQueue({
      deckOrder: plan.deckOrder,
      cards: this.cards,
      log: this.log,
      now: at,
      newPerDay: plan.newPerDay,
    });
    const touched = new Set<string>();
    for (const id of [...queue.learning, ...queue.review, ...queue.fresh]) {
      if (this.full) return;
      touched.add(id);
      at = this.answer(id, at);
    }
    at = this.finishSteps(touched, at);
    while (this.log.length - first < target && !this.full) {
      const row = plan.rows[Math.floor(this.rand() * plan.rows.length)] ?? [];
      const rowTouched = new Set<string>();
      for (const id of row) {
        if (this.full) return;
        rowTouched.add(id);
        at = this.answer(id, at);
      }
      at = this.finishSteps(rowTouched, at);
    }
  }
}

/** A localStorage in memory, for the app's persist adapter to write into. */
class MemoryStorage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  entries(): [string, string][] {
    return [...this.map.entries()];
  }
}

/** What the app stores for `state`: its persist adapter's writes, as [key, value] pairs. */
function storedItems(state: PersistedState, now: number): [string, string][] {
  const memory = new MemoryStorage();
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    writable: true,
    value: memory,
  });
  try {
    // Seeded too: a layout may name its keys at random. The history is written as a
    // learner's would be after compaction: in full chunks (the engine's bulk writes).
    return seeded(prng(1), () => {
      const engine = createEngine({ clock: () => now, locks: webLocks(null) });
      engine.getItem(KEYS.main);
      engine.append(state.log, true);
      engine.noteSettings(state.settings);
      engine.setItem(KEYS.main, { state: { ...state, stale: [] } });
      return memory.entries();
    });
  } finally {
    if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  }
}

interface Simulated {
  readonly state: PersistedState;
  readonly studyDays: number;
}

/** The history of `plan` for a learner who studied up to the day before `end`. */
function simulate(plan: Plan, end: number): Simulated {
  const sim = new Simulation(plan, plan.seed);
  const dayRand = prng(plan.seed * 7919);
  const firstDay = addLocalDays(end, -plan.days);
  let studyDays = 0;
  seeded(prng(plan.seed * 104_729), () => {
    for (let d = 0; d < plan.days && !sim.full; d++) {
      // About one day in ten is skipped.
      if (dayRand() < 0.1) continue;
      studyDays++;
      sim.studyDay(addLocalDays(firstDay, d));
    }
  });
  const byCard = entriesByCard(sim.log);
  const cards = Object.fromEntries(
    Object.entries(sim.cards).map(([id, c]) => [
      id,
      { ...c, basis: basisOf(byCard.get(id) ?? []) },
    ]),
  );
  return {
    state: {
      cards,
      log: sim.log,
      undone: [],
      generation: 0,
      settings: {
        ...DEFAULT_SETTINGS,
        newPerDay: plan.newPerDay,
        persistRequested: true,
        lastExportAt: sim.log.at(-1)?.review ?? null,
      },
    },
    studyDays,
  };
}

/** Deck cards the study page offers at `now` (with `newPerDay` new ones at most). */
function studyable(state: PersistedState, now: number, newPerDay: number): number {
  const q = buildQueue({
    deckOrder: DECK_ORDER,
    cards: state.cards,
    log: state.log,
    now,
    newPerDay,
  });
  return q.learning.length + q.review.length + q.fresh.length;
}

export interface BenchHistory {
  readonly kind: HistoryKind;
  readonly label: string;
  readonly days: number;
  readonly studyDays: number;
  readonly reviews: number;
  /** Cards with a stored state. */
  readonly cards: number;
  /** Deck cards due today (learning and review; the evening's queue before new cards). */
  readonly dueToday: number;
  /** What the app stores for the history, as localStorage [key, value] pairs. */
  readonly items: [string, string][];
  /**
   * The copy for timing ratings on /study: the same history, ended `shiftDays` earlier
   * (the learner is back after a break), so that at least `wanted` deck cards are due,
   * with new cards unlimited (settings.newPerDay 9999; the stress history's cards are not
   * in the deck, so there the deck's cards are all new). A real evening queue holds only
   * a few due cards; the size of what is stored is the same.
   */
  readonly ready: {
    readonly shiftDays: number;
    readonly available: number;
    readonly items: [string, string][];
  };
}

/**
 * The history of `kind` up to yesterday, relative to `end` (the current time: the app
 * reads the real clock, so it must see the history as recent), and its study copy.
 */
export function benchHistory(kind: HistoryKind, end: number, wanted: number): BenchHistory {
  const plan = planFor(kind);
  const { state, studyDays } = simulate(plan, end);
  // Moving a history back by whole days is the same as looking at it that much later
  // (the simulation draws the same numbers from the same day offsets).
  let shiftDays = 0;
  while (studyable(state, end + shiftDays * DAY_MS, 9999) < wanted && shiftDays < 20 * 365) {
    shiftDays = shiftDays === 0 ? 1 : Math.ceil(shiftDays * 1.25);
  }
  const shifted = shiftDays === 0 ? state : simulate(plan, end - shiftDays * DAY_MS).state;
  const readyState = { ...shifted, settings: { ...shifted.settings, newPerDay: 9999 } };
  const due = buildQueue({
    deckOrder: DECK_ORDER,
    cards: state.cards,
    log: state.log,
    now: end,
    newPerDay: 0,
  });
  return {
    kind,
    label: plan.label,
    days: plan.days,
    studyDays,
    reviews: state.log.length,
    cards: Object.keys(state.cards).length,
    dueToday: due.learning.length + due.review.length,
    items: storedItems(state, end),
    ready: {
      shiftDays,
      available: studyable(readyState, end, 9999),
      items: storedItems(readyState, end),
    },
  };
}
