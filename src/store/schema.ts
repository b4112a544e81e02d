import type { ReviewEntry, TrackedCard } from '../domain/card-state.ts';
import {
  DEFAULT_DAY_START,
  DEFAULT_LEARN_AHEAD_MINUTES,
  DEFAULT_MAX_REVIEWS_PER_DAY,
  DEFAULT_NEW_PER_DAY,
  DEFAULT_RETENTION,
  MAX_EXTRA_NEW,
} from '../domain/defaults.ts';

/**
 * Every localStorage key the app owns, in one table: each writer and reader names keys
 * through it. The main value is a cache; the log chunks are the truth (store/layout.ts).
 */
const STORAGE_KEY = 'apigw-flashcards';
export const KEYS = {
  /** The cache: card states with the reviews they reflect, settings, generation. */
  main: STORAGE_KEY,
  /** Log chunks of schema version 3: `<writer>.<seq>`, each written by one tab only. */
  chunkPrefix: `${STORAGE_KEY}:r:`,
  /** Log chunks of schema version 2 (read, migrated, then removed). */
  legacyChunkPrefix: `${STORAGE_KEY}:log:`,
  /** Mock-exam attempts, one per key, each written once (store/exam-attempts.ts). */
  examPrefix: `${STORAGE_KEY}:exam:`,
  /** The mock exam under way, in the tab's sessionStorage (store/running-exam.ts). */
  runningExam: `${STORAGE_KEY}:exam-running`,
  /** This device's sync settings (server, sync key, token), when sync is on (store/sync-config.ts). */
  sync: `${STORAGE_KEY}:sync`,
  /** Copies of damaged or replaced data, one per distinct value. */
  backupPrefix: `${STORAGE_KEY}:backup:`,
} as const;

/** The storage layout's version: 1 one key, 2 chunks listed by the main value, 3 self-describing chunks per tab. */
export const SCHEMA_VERSION = 3;

export interface Settings {
  /** null: follow the browser's language. */
  readonly lang: 'ko' | 'en' | null;
  readonly newPerDay: number;
  readonly maxReviewsPerDay: number;
  readonly retention: number;
  /** Whether the browser was already asked for persistent storage (asked once). */
  readonly persistRequested: boolean;
  /** When the learner last exported a backup (epoch ms), or null. */
  readonly lastExportAt: number | null;
  /** Colour theme: follow the system, or always light or dark. */
  readonly theme: 'system' | 'light' | 'dark';
  /** The learner's exam day as `YYYY-MM-DD` (local), or null. */
  readonly examDate: string | null;
  /** Offer answer choices before the reveal on "which API type" cards. */
  readonly quiz: boolean;
  /** The local hour at which a study day begins (0-23). */
  readonly dayStart: number;
  /** Once a card is answered, its siblings (cards of the same fact) wait for the next day. */
  readonly bury: boolean;
  /** Learning cards due within this many minutes are shown now when nothing else is due. */
  readonly learnAheadMinutes: number;
  /** With an exam date: today's new-card limit follows the exam plan (the pace). */
  readonly examPace: boolean;
  /** New cards added to the limit for one study day (`day` is its `YYYY-MM-DD`), or null. */
  readonly extraNew: { readonly day: string; readonly count: number } | null;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: null,
  newPerDay: DEFAULT_NEW_PER_DAY,
  maxReviewsPerDay: DEFAULT_MAX_REVIEWS_PER_DAY,
  retention: DEFAULT_RETENTION,
  persistRequested: false,
  lastExportAt: null,
  theme: 'system',
  examDate: null,
  quiz: true,
  dayStart: DEFAULT_DAY_START,
  bury: true,
  learnAheadMinutes: DEFAULT_LEARN_AHEAD_MINUTES,
  extraNew: null,
  examPace: true,
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** What is persisted: plain JSON, epoch-ms numbers, records keyed by card id. */
export interface PersistedState {
  /** A cache: each card is the replay of its reviews in `log` (domain/replay.ts). */
  readonly cards: Readonly<Record<string, TrackedCard>>;
  /** Every live review, in log order. */
  readonly log: readonly ReviewEntry[];
  /** Ids of log entries taken back by undo (so no copy can bring them back). */
  readonly undone: readonly string[];
  readonly settings: Settings;
  /**
   * How many times the progress was reset or replaced. Reviews of an older generation are
   * not part of the progress (unless made after the reset, by a tab that had not seen it).
   */
  readonly generation: number;
}

/**
 * The latest moment any stored time may hold: the end of year 9999. It keeps every date
 * the app computes from a stored one (a due date up to 100 years later) inside the range
 * of a JavaScript Date, so no date can become invalid on the way.
 */
export const MAX_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

// The checks of stored values, as plain predicates: the first page reads storage with
// them (valibot, in store/file-schema.ts, builds the checks of imported files on them).

/** A moment in epoch milliseconds: a whole number a Date can hold (1970 to 9999). */
export const isInstant = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_INSTANT;
export const isCount = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
export const isNonNegative = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1e9;
export const isPhase = (x: unknown): x is 0 | 1 | 2 | 3 => x === 0 || x === 1 || x === 2 || x === 3;
export const isGrade = (x: unknown): x is 1 | 2 | 3 | 4 => x === 1 || x === 2 || x === 3 || x === 4;
export const isRetention = (x: unknown): x is number =>
  typeof x === 'number' && x >= 0.7 && x <= 0.99;

export const ENTRY_ID = /^[0-9a-z][0-9a-z-]{0,63}$/;

/**
 * Names that a record (an object keyed by id) cannot hold safely, so an id spelled like one
 * would be lost or would find Object.prototype's member: refused up front.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
export const isReserved = (s: string): boolean => RESERVED.has(s);
export const isCardId = (x: unknown): x is string =>
  typeof x === 'string' && x.length >= 1 && x.length <= 200 && !RESERVED.has(x);

const isWhole =
  (min: number, max: number) =>
  (x: unknown): x is number =>
    typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** Each setting's check. A missing or out-of-range setting falls back on its own. */
const SETTING_CHECKS: { readonly [K in SettingKey]: (x: unknown) => x is Settings[K] } = {
  lang: (x): x is Settings['lang'] => x === null || x === 'ko' || x === 'en',
  newPerDay: isWhole(0, 9999),
  maxReviewsPerDay: isWhole(0, 9999),
  retention: isRetention,
  persistRequested: (x): x is boolean => typeof x === 'boolean',
  lastExportAt: (x): x is number | null => x === null || isInstant(x),
  theme: (x): x is Settings['theme'] => x === 'system' || x === 'light' || x === 'dark',
  examDate: (x): x is string | null =>
    x === null || (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)),
  quiz: (x): x is boolean => typeof x === 'boolean',
  dayStart: isWhole(0, 23),
  bury: (x): x is boolean => typeof x === 'boolean',
  learnAheadMinutes: isWhole(0, 120),
  examPace: (x): x is boolean => typeof x === 'boolean',
  extraNew: (x): x is Settings['extraNew'] =>
    x === null ||
    (typeof x === 'object' &&
      !Array.isArray(x) &&
      typeof (x as { day?: unknown }).day === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test((x as { day: string }).day) &&
      isWhole(1, MAX_EXTRA_NEW)((x as { count?: unknown }).count)),
};

/** One setting's value if it is valid, else undefined. */
export function validSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): Settings[K] | undefined {
  return SETTING_CHECKS[key](value) ? (value as Settings[K]) : undefined;
}

/** Every valid setting of `input` over the defaults; anything else falls back. */
export function settingsFrom(input: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return DEFAULT_SETTINGS;
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(input, key)) continue;
    const value = validSetting(key, (input as Record<string, unknown>)[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as Settings;
}
