import * as v from 'valibot';
import { DAY_MS, localDayKey } from '../domain/time';
import { migrate, type PersistedState, SCHEMA_VERSION, validatePersisted } from './schema';

/** Marks a file as this app's backup. */
export const BACKUP_FORMAT = 'apigw-flashcards-backup';
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** ts-fsrs never schedules further out than this. */
const MAX_INTERVAL_MS = 36_500 * DAY_MS;
/** Slack for a clock that runs a little ahead on the exporting device. */
const CLOCK_SLACK_MS = DAY_MS;

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** Epoch ms. */
  readonly exportedAt: number;
  readonly state: PersistedState;
}

/** Everything the learner has, as one JSON document. */
export function buildBackup(state: PersistedState, appVersion: string, now: number): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    exportedAt: now,
    state,
  };
  return JSON.stringify(backup);
}

/** `apigw-flashcards-backup-2026-11-24.json` (the local date). */
export function backupFileName(now: number): string {
  return `apigw-flashcards-backup-${localDayKey(now)}.json`;
}

export type ImportError =
  | { readonly code: 'too-large'; readonly bytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'forbidden-key'; readonly key: string }
  | { readonly code: 'not-backup' }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'unknown-version'; readonly version: number }
  | { readonly code: 'invalid'; readonly path: string }
  | { readonly code: 'future-date'; readonly path: string };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: ImportError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.maxLength(50)),
  exportedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  state: v.unknown(),
});

/** The first timestamp that no real history can hold, with where it is. */
function impossibleDate(state: PersistedState, latest: number): string | null {
  for (const [i, e] of state.log.entries()) {
    if (e.review > latest) return `log.${i}.review`;
    // logDue becomes the card's last review again on undo.
    if (e.undo && e.undo.logDue > latest) return `log.${i}.undo.logDue`;
    if (e.undo && e.undo.prevDue > latest + MAX_INTERVAL_MS) return `log.${i}.undo.prevDue`;
  }
  for (const [id, card] of Object.entries(state.cards)) {
    if (card.lastReview !== null && card.lastReview > latest) return `cards.${id}.lastReview`;
    if (card.due > latest + MAX_INTERVAL_MS) return `cards.${id}.due`;
  }
  return null;
}

/**
 * Reads a backup file's text. Never throws: anything wrong comes back as an error that
 * says what. Card ids this deck does not know are kept (they may come from a newer deck).
 */
export function parseBackup(text: string, now: number): ParsedBackup {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: text.length } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
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
  const { schemaVersion, appVersion, exportedAt } = envelope.output;
  if (schemaVersion > SCHEMA_VERSION) {
    return { ok: false, error: { code: 'future-version', version: schemaVersion } };
  }
  const migrated = migrate(envelope.output.state, schemaVersion);
  if (!migrated.ok) {
    return { ok: false, error: { code: 'unknown-version', version: schemaVersion } };
  }
  const checked = validatePersisted(migrated.state);
  if (!checked.ok) return { ok: false, error: { code: 'invalid', path: checked.detail } };
  const latest = Math.max(now, 0) + CLOCK_SLACK_MS;
  if (exportedAt > latest) return { ok: false, error: { code: 'future-date', path: 'exportedAt' } };
  const bad = impossibleDate(checked.state, latest);
  if (bad) return { ok: false, error: { code: 'future-date', path: bad } };
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, schemaVersion, appVersion, exportedAt, state: checked.state },
  };
}
