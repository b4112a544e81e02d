import * as v from 'valibot';
import type { CardState, ReviewEntry } from '../domain/card-state';
import {
  DEFAULT_MAX_REVIEWS_PER_DAY,
  DEFAULT_NEW_PER_DAY,
  DEFAULT_RETENTION,
} from '../domain/defaults';

/** Storage key, schema version and migrations live together here. */
export const STORAGE_KEY = 'apigw-flashcards';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup:`;
export const SCHEMA_VERSION = 2;

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

/** What is persisted: plain JSON, epoch-ms numbers, records keyed by card id. */
export interface PersistedState {
  readonly cards: Readonly<Record<string, CardState>>;
  readonly log: readonly ReviewEntry[];
  /** Ids of log entries taken back by undo (so a merge with another tab cannot revive them). */
  readonly undone: readonly string[];
  readonly settings: Settings;
  /**
   * How many times the progress was reset or replaced (absent: never). Between tabs, a
   * higher generation replaces a lower one instead of merging with it, so a tab that still
   * holds the old history cannot bring it back.
   */
  readonly generation?: number;
}

export const finite = v.pipe(v.number(), v.finite());
/** A moment in epoch milliseconds: Date.getTime() is always a whole number. */
export const instant = v.pipe(v.number(), v.safeInteger());
export const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const phase = v.picklist([0, 1, 2, 3] as const);
const grade = v.picklist([1, 2, 3, 4] as const);

const CardStateSchema = v.object({
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

export const UndoSchema = v.object({
  prevDue: instant,
  logDue: instant,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  lastElapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
});

export const ENTRY_ID = /^[0-9a-z][0-9a-z-]{0,63}$/;

/**
 * Names that valibot's records (rightly) never copy, so an id spelled like one would be
 * silently lost on the next read: refused up front instead.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
export const notReserved = v.check((s: string) => !RESERVED.has(s), 'a reserved name');

const ReviewEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(ENTRY_ID), notReserved),
  cardId: v.pipe(v.string(), v.minLength(1), v.maxLength(200), notReserved),
  rating: grade,
  review: instant,
  state: phase,
  undo: v.optional(UndoSchema),
});

// Settings are merged over defaults: a missing or out-of-range setting falls back
// rather than failing the whole state, because it holds no history.
export const SettingsSchema = v.object({
  lang: v.fallback(v.nullable(v.picklist(['ko', 'en'] as const)), DEFAULT_SETTINGS.lang),
  newPerDay: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
    DEFAULT_SETTINGS.newPerDay,
  ),
  maxReviewsPerDay: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
    DEFAULT_SETTINGS.maxReviewsPerDay,
  ),
  retention: v.fallback(
    v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
    DEFAULT_SETTINGS.retention,
  ),
  persistRequested: v.fallback(v.boolean(), DEFAULT_SETTINGS.persistRequested),
  lastExportAt: v.fallback(v.nullable(finite), DEFAULT_SETTINGS.lastExportAt),
  theme: v.fallback(v.picklist(['system', 'light', 'dark'] as const), DEFAULT_SETTINGS.theme),
  examDate: v.fallback(
    v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
    DEFAULT_SETTINGS.examDate,
  ),
  quiz: v.fallback(v.boolean(), DEFAULT_SETTINGS.quiz),
});

export const PersistedStateSchema = v.object({
  cards: v.record(v.pipe(v.string(), notReserved), CardStateSchema),
  log: v.array(ReviewEntrySchema),
  undone: v.optional(v.array(v.pipe(v.string(), v.maxLength(64))), []),
  settings: v.optional(SettingsSchema, DEFAULT_SETTINGS),
  generation: v.optional(count),
});

export type ValidationResult = { ok: true; state: PersistedState } | { ok: false; detail: string };

/** Checks what was read back; on failure says where, e.g. "log.3.rating". */
export function validatePersisted(input: unknown): ValidationResult {
  const result = v.safeParse(PersistedStateSchema, input);
  if (result.success) return { ok: true, state: result.output };
  const first = result.issues[0];
  const path = first ? (v.getDotPath(first) ?? '(root)') : '(root)';
  return { ok: false, detail: path };
}

/**
 * Migrations from older schema versions, keyed by the version they upgrade from.
 * Version 1 is the first; the table grows with each change to `PersistedState`.
 */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {
  // v1 kept undo data flat on every entry; v2 nests it under `undo` (and keeps it only
  // for recent answers in storage).
  1: (state) => {
    if (typeof state !== 'object' || state === null || !('log' in state)) return state;
    const { log } = state as { log: unknown };
    if (!Array.isArray(log)) return state;
    return {
      ...state,
      log: log.map((e: unknown) => {
        if (typeof e !== 'object' || e === null) return e;
        const { id, cardId, rating, review, state: phase, ...undo } = e as Record<string, unknown>;
        return { id, cardId, rating, review, state: phase, undo };
      }),
    };
  },
};

export type MigrationFailure = 'future-version' | 'unknown-version';

export function migrate(
  state: unknown,
  fromVersion: number,
): { ok: true; state: unknown } | { ok: false; reason: MigrationFailure } {
  if (fromVersion > SCHEMA_VERSION) return { ok: false, reason: 'future-version' };
  let current = state;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'unknown-version' };
    current = step(current);
  }
  return { ok: true, state: current };
}
