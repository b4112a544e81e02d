import * as v from 'valibot';
import type { ReviewEntry, TrackedCard } from '../domain/card-state';
import {
  DEFAULT_MAX_REVIEWS_PER_DAY,
  DEFAULT_NEW_PER_DAY,
  DEFAULT_RETENTION,
} from '../domain/defaults';

/**
 * Every localStorage key the app owns, in one table: each writer and reader names keys
 * through it. The main value is a cache; the log chunks are the truth (store/layout.ts).
 */
export const STORAGE_KEY = 'apigw-flashcards';
export const KEYS = {
  /** The cache: card states with the reviews they reflect, settings, generation. */
  main: STORAGE_KEY,
  /** Log chunks of schema version 3: `<writer>.<seq>`, each written by one tab only. */
  chunkPrefix: `${STORAGE_KEY}:r:`,
  /** Log chunks of schema version 2 (read, migrated, then removed). */
  legacyChunkPrefix: `${STORAGE_KEY}:log:`,
  /** Copies of damaged or replaced data, one per distinct value. */
  backupPrefix: `${STORAGE_KEY}:backup:`,
} as const;
export const BACKUP_PREFIX = KEYS.backupPrefix;

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
/** A moment in epoch milliseconds: a whole number a Date can hold. */
export const instant = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_INSTANT));
export const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9));
export const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
export const phase = v.picklist([0, 1, 2, 3] as const);
export const grade = v.picklist([1, 2, 3, 4] as const);
export const retentionValue = v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99));

export const ENTRY_ID = /^[0-9a-z][0-9a-z-]{0,63}$/;

/**
 * Names that valibot's records (rightly) never copy, so an id spelled like one would be
 * silently lost on the next read: refused up front instead.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
export const isReserved = (s: string): boolean => RESERVED.has(s);
export const notReserved = v.check((s: string) => !RESERVED.has(s), 'a reserved name');
export const CardId = v.pipe(v.string(), v.minLength(1), v.maxLength(200), notReserved);
export const EntryId = v.pipe(v.string(), v.regex(ENTRY_ID), notReserved);

export const CardStateSchema = v.object({
  due: instant,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: phase,
  lastReview: v.nullable(instant),
});

/**
 * A review as files and older layouts hold it. Unknown fields are dropped: versions 1 and
 * 2 kept undo data on recent entries, which the log no longer needs (undo replays).
 */
export const ReviewEntrySchema = v.object({
  id: EntryId,
  cardId: CardId,
  rating: grade,
  review: instant,
  state: phase,
  retention: v.optional(retentionValue),
  practice: v.optional(v.literal(true)),
});

// Settings are merged over defaults, one by one: a missing or out-of-range setting falls
// back rather than failing the rest, because it holds no history.
export const SETTING_SCHEMAS = {
  lang: v.nullable(v.picklist(['ko', 'en'] as const)),
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
  maxReviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
  retention: retentionValue,
  persistRequested: v.boolean(),
  lastExportAt: v.nullable(instant),
  theme: v.picklist(['system', 'light', 'dark'] as const),
  examDate: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  quiz: v.boolean(),
} satisfies { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> };

/** One setting's value if it is valid, else undefined. */
export function validSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): Settings[K] | undefined {
  const schema = SETTING_SCHEMAS[key] as unknown as v.GenericSchema<unknown, Settings[K]>;
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
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

export const SettingsSchema = v.pipe(v.unknown(), v.transform(settingsFrom));
