import * as v from 'valibot';
import type { CardState, ReviewEntry } from '../domain/card-state';
import { DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION } from '../domain/defaults';

/** Storage key, schema version and migrations live together here. */
export const STORAGE_KEY = 'apigw-flashcards';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup:`;
export const SCHEMA_VERSION = 1;

export interface Settings {
  /** null: follow the browser's language. */
  readonly lang: 'ko' | 'en' | null;
  readonly newPerDay: number;
  readonly retention: number;
  /** Whether the browser was already asked for persistent storage (asked once). */
  readonly persistRequested: boolean;
  /** When the learner last exported a backup (epoch ms), or null. */
  readonly lastExportAt: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: null,
  newPerDay: DEFAULT_NEW_PER_DAY,
  retention: DEFAULT_RETENTION,
  persistRequested: false,
  lastExportAt: null,
};

/** What is persisted: plain JSON, epoch-ms numbers, records keyed by card id. */
export interface PersistedState {
  readonly cards: Readonly<Record<string, CardState>>;
  readonly log: readonly ReviewEntry[];
  /** Ids of log entries taken back by undo (so a merge with another tab cannot revive them). */
  readonly undone: readonly string[];
  readonly settings: Settings;
}

const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const phase = v.picklist([0, 1, 2, 3] as const);
const grade = v.picklist([1, 2, 3, 4] as const);

const CardStateSchema = v.object({
  due: finite,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: phase,
  lastReview: v.nullable(finite),
});

const ReviewEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  cardId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  rating: grade,
  review: finite,
  state: phase,
  prevDue: finite,
  logDue: finite,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  lastElapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
});

// Settings are merged over defaults: a missing or out-of-range setting falls back
// rather than failing the whole state, because it holds no history.
const SettingsSchema = v.object({
  lang: v.fallback(v.nullable(v.picklist(['ko', 'en'] as const)), DEFAULT_SETTINGS.lang),
  newPerDay: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
    DEFAULT_SETTINGS.newPerDay,
  ),
  retention: v.fallback(
    v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
    DEFAULT_SETTINGS.retention,
  ),
  persistRequested: v.fallback(v.boolean(), DEFAULT_SETTINGS.persistRequested),
  lastExportAt: v.fallback(v.nullable(finite), DEFAULT_SETTINGS.lastExportAt),
});

export const PersistedStateSchema = v.object({
  cards: v.record(v.string(), CardStateSchema),
  log: v.array(ReviewEntrySchema),
  undone: v.optional(v.array(v.pipe(v.string(), v.maxLength(64))), []),
  settings: v.optional(SettingsSchema, DEFAULT_SETTINGS),
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
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {};

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

export type DecodeFailure = 'not-json' | 'bad-shape' | 'invalid' | MigrationFailure;

export type DecodeResult =
  | { ok: true; state: PersistedState }
  | { ok: false; reason: DecodeFailure; detail: string | null };

/**
 * The one way stored text becomes state: parse, check the envelope, migrate from its
 * version, validate. Used for hydration and for what another tab wrote.
 */
export function decodeStored(raw: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json', detail: null };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('state' in parsed) ||
    !('version' in parsed) ||
    typeof parsed.version !== 'number'
  ) {
    return { ok: false, reason: 'bad-shape', detail: null };
  }
  const migrated = migrate(parsed.state, parsed.version);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, detail: null };
  const checked = validatePersisted(migrated.state);
  if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.detail };
  return { ok: true, state: checked.state };
}
