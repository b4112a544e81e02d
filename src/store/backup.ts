import * as v from 'valibot';
import type { CardState, ReviewEntry } from '../domain/card-state.ts';
import { DEFAULT_RETENTION } from '../domain/defaults.ts';
import type { ExamAttempt } from '../domain/exam-score.ts';
import { localDayKey } from '../domain/time.ts';
import { BACKUP_FORMAT } from './backup-format.ts';
import { lostReviews } from './backups.ts';
import { attemptFrom, attemptsFrom, attemptValue } from './exam-attempts.ts';
import { CardId, CardStateSchema, count, instant, ReviewEntrySchema } from './file-schema.ts';
import * as legacy from './legacy.ts';
import { readStorage } from './read-storage.ts';
import {
  ENTRY_ID,
  isReserved,
  type PersistedState,
  SCHEMA_VERSION,
  type Settings,
  settingsFrom,
} from './schema.ts';

export { BACKUP_FORMAT };

/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** What a backup file holds for the learner: reviews, undos, settings, mock exams. */
export interface BackupProgress {
  readonly log: readonly ReviewEntry[];
  /** The file's own undo markers: they hide only the file's entries (never ones made here). */
  readonly undone: readonly string[];
  readonly settings: Settings;
  /** Card states as the file states them (shown in the preview; states come from replay). */
  readonly cards: Readonly<Record<string, CardState>>;
  /** Mock-exam attempts, oldest first (files of older versions have none). */
  readonly attempts: readonly ExamAttempt[];
}

export interface Backup {
  /** `progress`: an export; `storage`: stored values (the storage alert's download, a kept copy). */
  readonly kind: 'progress' | 'storage';
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** Epoch ms. */
  readonly exportedAt: number;
  readonly state: BackupProgress;
  /** Reviews in a file of stored values that could not be read (damage), and values of unknown size. */
  readonly unreadable: { readonly reviews: number; readonly values: number };
}

/** Everything the learner has, as one JSON document that `parseBackup` reads back exactly. */
export function buildBackup(
  state: PersistedState,
  appVersion: string,
  now: number,
  attempts: readonly ExamAttempt[] = [],
): string {
  const cards: Record<string, CardState> = {};
  for (const [id, c] of Object.entries(state.cards)) {
    const { basis: _basis, ...card } = c;
    cards[id] = card;
  }
  return JSON.stringify({
    format: BACKUP_FORMAT,
    kind: 'progress',
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    exportedAt: now,
    counts: {
      reviews: state.log.length,
      cards: Object.keys(cards).length,
      attempts: attempts.length,
    },
    state: {
      cards,
      log: state.log,
      undone: state.undone,
      settings: state.settings,
      generation: state.generation,
      attempts: attempts.map(attemptValue),
    },
  });
}

/** `apigw-flashcards-backup-2026-11-24.json` (the local date). */
export function backupFileName(now: number): string {
  return `apigw-flashcards-backup-${localDayKey(now)}.json`;
}

/** Where in a file a problem is, in the learner's terms (never an internal path). */
export interface Problem {
  readonly where: 'review' | 'card' | 'undone' | 'attempt' | 'file';
  /** The review's or the attempt's position (from 1), or the card's id. */
  readonly item: number | string | null;
  readonly field: 'date' | 'rating' | 'id' | 'card' | 'phase' | 'number' | 'retention' | 'shape';
}

export type ImportError =
  | { readonly code: 'too-large'; readonly bytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'forbidden-key'; readonly key: string }
  | { readonly code: 'not-backup' }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'unknown-version'; readonly version: number }
  | { readonly code: 'invalid'; readonly problem: Problem }
  | { readonly code: 'counts'; readonly stated: number; readonly found: number }
  | { readonly code: 'nothing' };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: ImportError };

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** An object (never an array, which valibot's records would take). */
const plainObject = v.custom<Record<string, unknown>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'an object',
);

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  kind: v.optional(v.picklist(['progress', 'storage'] as const), 'progress'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.optional(v.pipe(v.string(), v.maxLength(50)), ''),
  exportedAt: instant,
  counts: v.optional(
    v.object({ reviews: count, cards: v.optional(count), attempts: v.optional(count) }),
  ),
  state: v.optional(v.unknown()),
  items: v.optional(v.unknown()),
});

const ProgressSchema = v.object({
  cards: v.optional(v.pipe(plainObject, v.record(CardId, CardStateSchema)), {}),
  log: v.array(ReviewEntrySchema),
  undone: v.optional(v.array(v.pipe(v.string(), v.maxLength(64))), []),
  settings: v.optional(v.unknown()),
  generation: v.optional(count),
  attempts: v.optional(v.array(v.unknown()), []),
});

const ItemsSchema = v.pipe(plainObject, v.record(v.string(), v.string()));

const FIELD: Readonly<Record<string, Problem['field']>> = {
  review: 'date',
  due: 'date',
  lastReview: 'date',
  rating: 'rating',
  id: 'id',
  cardId: 'card',
  state: 'phase',
  retention: 'retention',
  stability: 'number',
  difficulty: 'number',
  elapsedDays: 'number',
  scheduledDays: 'number',
  learningSteps: 'number',
  reps: 'number',
  lapses: 'number',
};

/** The first problem valibot found, said where the learner can follow it. */
function problemOf(issue: v.BaseIssue<unknown> | undefined): Problem {
  const path = (issue?.path ?? []).map((p) => p.key as string | number);
  const [section, item, field] = path;
  const f = (typeof field === 'string' ? FIELD[field] : undefined) ?? 'shape';
  if (section === 'log' && typeof item === 'number') {
    return { where: 'review', item: item + 1, field: f };
  }
  if (section === 'cards' && typeof item === 'string') {
    return { where: 'card', item: item.slice(0, 60), field: f };
  }
  if (section === 'undone') return { where: 'undone', item: null, field: 'id' };
  return { where: 'file', item: null, field: 'shape' };
}

/**
 * Older files stored no retention target per review; each was made with the learner's
 * setting of the time, best known as the file's setting.
 */
function stamped(log: readonly ReviewEntry[], settings: Settings, version: number): ReviewEntry[] {
  if (version >= 3 || settings.retention === DEFAULT_RETENTION) return [...log];
  return log.map((e) => (e.retention === undefined ? { ...e, retention: settings.retention } : e));
}

/**
 * Reads a backup file's text: an export of any version of the app, or a file of stored
 * values. Never throws: anything wrong comes back as an error that says what, and where.
 * Card ids this deck does not know are kept (they may come from a newer deck).
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: text.length } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^[\uFEFF\s]+/, ''), (key, value) => {
      if (isReserved(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      return { ok: false, error: { code: 'forbidden-key', key: error.key } };
    }
    return { ok: false, error: { code: 'not-json' } };
  }
  const envelope = v.safeParse(EnvelopeSchema, parsed);
  if (!envelope.success) return { ok: false, error: { code: 'not-backup' } };
  const { kind, schemaVersion, appVersion, exportedAt, counts } = envelope.output;
  if (schemaVersion > SCHEMA_VERSION) {
    return { ok: false, error: { code: 'future-version', version: schemaVersion } };
  }
  if (kind === 'storage')
    return parseStored(envelope.output.items, schemaVersion, appVersion, exportedAt);

  const checked = v.safeParse(ProgressSchema, envelope.output.state);
  if (!checked.success) {
    return { ok: false, error: { code: 'invalid', problem: problemOf(checked.issues[0]) } };
  }
  const state = checked.output;
  if (counts && counts.reviews !== state.log.length) {
    return {
      ok: false,
      error: { code: 'counts', stated: counts.reviews, found: state.log.length },
    };
  }
  if (counts?.cards !== undefined && counts.cards !== Object.keys(state.cards).length) {
    return {
      ok: false,
      error: { code: 'counts', stated: counts.cards, found: Object.keys(state.cards).length },
    };
  }
  const attempts: ExamAttempt[] = [];
  for (const [i, value] of state.attempts.entries()) {
    const r = attemptFrom(value);
    if (!r.ok) {
      return {
        ok: false,
        error: { code: 'invalid', problem: { where: 'attempt', item: i + 1, field: 'shape' } },
      };
    }
    attempts.push(r.attempt);
  }
  if (counts?.attempts !== undefined && counts.attempts !== attempts.length) {
    return {
      ok: false,
      error: { code: 'counts', stated: counts.attempts, found: attempts.length },
    };
  }
  const settings = settingsFrom(state.settings);
  return {
    ok: true,
    backup: {
      kind,
      schemaVersion,
      appVersion,
      exportedAt,
      state: {
        log: stamped(state.log as ReviewEntry[], settings, schemaVersion),
        undone: state.undone.filter((id) => ENTRY_ID.test(id)),
        settings,
        cards: state.cards,
        attempts,
      },
      unreadable: { reviews: 0, values: 0 },
    },
  };
}

/** A file of stored values: read exactly as the app reads its own storage. */
function parseStored(
  input: unknown,
  schemaVersion: number,
  appVersion: string,
  exportedAt: number,
): ParsedBackup {
  const items = v.safeParse(ItemsSchema, input);
  if (!items.success) return { ok: false, error: { code: 'not-backup' } };
  const stored = new Map(Object.entries(items.output));
  const view = readStorage(stored, legacy);
  const exams = attemptsFrom(stored);
  if (view.future)
    return { ok: false, error: { code: 'future-version', version: SCHEMA_VERSION + 1 } };
  const { lost, unknown } = lostReviews(view.damage);
  if (view.state.log.length === 0 && exams.attempts.length === 0 && (lost > 0 || unknown > 0)) {
    return { ok: false, error: { code: 'nothing' } };
  }
  return {
    ok: true,
    backup: {
      kind: 'storage',
      schemaVersion,
      appVersion,
      exportedAt,
      state: {
        log: view.state.log,
        undone: [],
        settings: view.state.settings,
        cards: view.state.cards,
        attempts: exams.attempts,
      },
      unreadable: { reviews: lost, values: unknown + exams.unreadable.length },
    },
  };
}
