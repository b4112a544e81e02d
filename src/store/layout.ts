import * as v from 'valibot';
import type { CardState, ReviewEntry, UndoData } from '../domain/card-state';
import {
  count,
  DEFAULT_SETTINGS,
  ENTRY_ID,
  instant,
  type MigrationFailure,
  migrate,
  nonNegative,
  notReserved,
  type PersistedState,
  phase,
  SCHEMA_VERSION,
  SettingsSchema,
  STORAGE_KEY,
  validatePersisted,
} from './schema';

/**
 * The storage layout (schema version 2). A rating writes a small, bounded amount however
 * long the history grows:
 * - the main key holds the settings, the card states, a dictionary of card ids, what undo
 *   needs for the last UNDO_KEPT answers, and the list of log chunk keys;
 * - the log lives in chunks of CHUNK_SIZE entries under their own keys, each a compact
 *   string: `delta,card,rating+phase,id|...` (delta: ms since the previous entry of the
 *   chunk, base 36; card: index into the dictionary, base 36).
 * A rating rewrites the open (last) chunk and the main key. A chunk that changes other
 * than by appending (a merge, an import) gets a new key, and the main key is written
 * last, so a failed write never leaves the main key pointing at half-written chunks.
 */

export const CHUNK_SIZE = 250;
export const UNDO_KEPT = 50;
export const CHUNK_PREFIX = `${STORAGE_KEY}:log:`;

/** Stored card: [due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview]. */
const CardTuple = v.tuple([
  instant,
  nonNegative,
  nonNegative,
  nonNegative,
  nonNegative,
  count,
  count,
  count,
  phase,
  v.nullable(instant),
]);
/** Stored undo data: [prevDue, logDue, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps]. */
const UndoTuple = v.tuple([
  instant,
  instant,
  nonNegative,
  nonNegative,
  nonNegative,
  nonNegative,
  nonNegative,
  count,
]);
const CHUNK_KEY = /^[0-9a-z-]{1,40}$/;

const MainSchema = v.object({
  settings: v.optional(SettingsSchema, DEFAULT_SETTINGS),
  generation: v.optional(count),
  undone: v.optional(v.array(v.pipe(v.string(), v.maxLength(64))), []),
  ids: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200), notReserved)),
  cards: v.record(v.pipe(v.string(), notReserved), CardTuple),
  log: v.object({
    length: count,
    chunks: v.array(v.pipe(v.string(), v.regex(CHUNK_KEY))),
  }),
  undo: v.record(v.pipe(v.string(), v.regex(ENTRY_ID), notReserved), UndoTuple),
});

export type DecodeFailure = 'not-json' | 'bad-shape' | 'invalid' | MigrationFailure;
export type DecodeResult =
  | { ok: true; state: PersistedState }
  | { ok: false; reason: DecodeFailure; detail: string | null };

/** Reads a chunk key's raw value (null when missing). */
export type ReadKey = (key: string) => string | null;

class BadChunk extends Error {}

/** Everything a chunk may contain; checked once per chunk, which is far cheaper than per entry. */
const CHUNK_TEXT = /^[0-9a-z,|-]*$/;
const ZERO = 48;

/** Reads `delta,card,rating+phase,id|...`; throws BadChunk on anything malformed. */
function decodeChunk(text: string, ids: readonly string[]): ReviewEntry[] {
  if (text === '') return [];
  if (!CHUNK_TEXT.test(text)) throw new BadChunk(text);
  const out: ReviewEntry[] = [];
  const n = text.length;
  let at = 0;
  let pos = 0;
  while (pos < n) {
    const c1 = text.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    const c3 = c2 + 3;
    let end = text.indexOf('|', pos);
    if (end < 0) end = n;
    const step = Number.parseInt(text.slice(pos, c1), 36);
    const cardId = ids[Number.parseInt(text.slice(c1 + 1, c2), 36)];
    const rating = text.charCodeAt(c2 + 1) - ZERO;
    const state = text.charCodeAt(c2 + 2) - ZERO;
    if (
      c1 < 0 ||
      c2 < 0 ||
      c3 >= end ||
      text.charCodeAt(c3) !== 44 ||
      text.charCodeAt(c3 + 1) === 45 ||
      end - c3 - 1 < 1 ||
      end - c3 - 1 > 64 ||
      !Number.isFinite(step) ||
      cardId === undefined ||
      !(rating >= 1 && rating <= 4) ||
      !(state >= 0 && state <= 3)
    ) {
      throw new BadChunk(text.slice(pos, end));
    }
    at += step;
    out.push({
      id: text.slice(c3 + 1, end),
      cardId,
      rating: rating as ReviewEntry['rating'],
      review: at,
      state: state as ReviewEntry['state'],
    });
    pos = end + 1;
  }
  return out;
}

export function encodeChunk(
  entries: readonly ReviewEntry[],
  index: ReadonlyMap<string, number>,
): string {
  let prev = 0;
  const parts: string[] = [];
  for (const e of entries) {
    parts.push(
      `${(e.review - prev).toString(36)},${(index.get(e.cardId) as number).toString(36)},${e.rating}${e.state},${e.id}`,
    );
    prev = e.review;
  }
  return parts.join('|');
}

/** Positions of a stored card's fields (the order CardTuple checks). */
const CARD_FIELDS = [
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'state',
  'lastReview',
] as const satisfies readonly (keyof CardState)[];

/** Positions of stored undo data's fields (the order UndoTuple checks). */
const UNDO_FIELDS = [
  'prevDue',
  'logDue',
  'stability',
  'difficulty',
  'elapsedDays',
  'lastElapsedDays',
  'scheduledDays',
  'learningSteps',
] as const satisfies readonly (keyof UndoData)[];

function toTuple<T>(value: T, fields: readonly (keyof T)[]): unknown[] {
  return fields.map((f) => value[f]);
}

function fromTuple<T>(tuple: readonly unknown[], fields: readonly (keyof T)[]): T {
  return Object.fromEntries(fields.map((f, i) => [f, tuple[i]])) as T;
}

/** The state's main value (everything but the chunks) as stored. */
export function encodeMain(
  state: PersistedState,
  ids: readonly string[],
  chunks: readonly string[],
): string {
  const cards: Record<string, unknown[]> = {};
  for (const [id, c] of Object.entries(state.cards)) {
    cards[id] = toTuple<CardState>(c, CARD_FIELDS);
  }
  const undo: Record<string, unknown[]> = {};
  for (const e of state.log.slice(-UNDO_KEPT)) {
    const u = e.undo;
    if (u) undo[e.id] = toTuple<UndoData>(u, UNDO_FIELDS);
  }
  const main = {
    settings: state.settings,
    // Written once there was a reset: most learners never have one.
    ...(state.generation ? { generation: state.generation } : {}),
    undone: state.undone,
    ids,
    cards,
    log: { length: state.log.length, chunks },
    undo,
  };
  return JSON.stringify({ state: main, version: SCHEMA_VERSION });
}

export interface Decoded {
  readonly state: PersistedState;
  /** The card-id dictionary and chunk keys, so the next write can extend them. */
  readonly ids: readonly string[];
  readonly chunks: readonly string[];
}

/**
 * The one way stored data becomes state: parse the main value, check its envelope,
 * migrate an older layout, validate, and read the log chunks it lists. Used for
 * hydration and for what another tab wrote.
 */
export function decodeStored(
  raw: string,
  readKey: ReadKey,
): { ok: true; decoded: Decoded } | { ok: false; reason: DecodeFailure; detail: string | null } {
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
  if (parsed.version > SCHEMA_VERSION) return { ok: false, reason: 'future-version', detail: null };
  if (parsed.version < SCHEMA_VERSION) {
    // The single-key layout of version 1: the whole state in the main value.
    const migrated = migrate(parsed.state, parsed.version);
    if (!migrated.ok) return { ok: false, reason: migrated.reason, detail: null };
    const checked = validatePersisted(migrated.state);
    if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.detail };
    return { ok: true, decoded: { state: checked.state, ids: [], chunks: [] } };
  }
  const main = v.safeParse(MainSchema, parsed.state);
  if (!main.success) {
    const first = main.issues[0];
    return {
      ok: false,
      reason: 'invalid',
      detail: first ? (v.getDotPath(first) ?? '(root)') : '(root)',
    };
  }
  const { ids, chunks, undo } = { ...main.output, chunks: main.output.log.chunks };
  const log: ReviewEntry[] = [];
  for (const [i, key] of chunks.entries()) {
    const text = readKey(`${CHUNK_PREFIX}${key}`);
    if (text === null) return { ok: false, reason: 'invalid', detail: `log chunk ${i} is missing` };
    try {
      for (const e of decodeChunk(text, ids)) log.push(e);
    } catch {
      return { ok: false, reason: 'invalid', detail: `log chunk ${i}` };
    }
  }
  const length = main.output.log.length;
  if (log.length < length) return { ok: false, reason: 'invalid', detail: 'log.length' };
  log.length = length;
  for (let i = Math.max(0, length - UNDO_KEPT); i < length; i++) {
    const e = log[i] as ReviewEntry;
    const u = Object.hasOwn(undo, e.id) ? undo[e.id] : undefined;
    if (u) log[i] = { ...e, undo: fromTuple<UndoData>(u, UNDO_FIELDS) };
  }
  const cards: Record<string, CardState> = {};
  for (const [id, t] of Object.entries(main.output.cards))
    cards[id] = fromTuple<CardState>(t, CARD_FIELDS);
  return {
    ok: true,
    decoded: {
      state: {
        cards,
        log,
        undone: main.output.undone,
        settings: main.output.settings,
        ...(main.output.generation ? { generation: main.output.generation } : {}),
      },
      ids,
      chunks,
    },
  };
}
