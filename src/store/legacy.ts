import * as v from 'valibot';
import type { CardPhase, Grade, ReviewEntry } from '../domain/card-state.ts';
import { DEFAULT_RETENTION } from '../domain/defaults.ts';
import { CardId, CardStateSchema, count, ReviewEntrySchema } from './file-schema.ts';
import { ENTRY_ID, isReserved, KEYS, MAX_INSTANT, type Settings, settingsFrom } from './schema.ts';

/**
 * Readers of the layouts older versions of the app stored, salvaging entry by entry:
 * - version 1: one key, the whole state as JSON (log entries with undo fields on them);
 * - version 2: the main key listing log chunks under `apigw-flashcards:log:<key>`, each
 *   `delta,card,RP,id|...` with card indexes into the main value's `ids`.
 * What they read is migrated to version 3 chunks (store/engine.ts) and every card is
 * replayed from its reviews, so a card state an older version got wrong is corrected.
 */

export interface LegacyRead {
  readonly entries: readonly ReviewEntry[];
  readonly undone: readonly string[];
  readonly settings: Settings;
  readonly generation: number;
  /** Entries that could not be read. */
  readonly bad: number;
  /** Listed chunks that are missing: how many entries they held cannot be told. */
  readonly missing: number;
  /** Anything was wrong (entries, a setting, a card record): keep the raw values aside. */
  readonly damaged: boolean;
}

/**
 * Older versions stored no retention target per review; each was made with the learner's
 * setting of the time, which is best known as the stored setting. Stamping it on the
 * entries makes their replay give what those versions computed.
 */
function stamp(entries: ReviewEntry[], settings: Settings): ReviewEntry[] {
  if (settings.retention === DEFAULT_RETENTION) return entries;
  return entries.map((e) =>
    e.retention === undefined ? { ...e, retention: settings.retention } : e,
  );
}

const UndoneList = v.array(v.string());

function undoneFrom(input: unknown): { undone: string[]; damaged: boolean } {
  if (input === undefined) return { undone: [], damaged: false };
  if (!v.is(UndoneList, input)) return { undone: [], damaged: true };
  const undone = (input as string[]).filter((id) => ENTRY_ID.test(id));
  return { undone, damaged: undone.length !== (input as string[]).length };
}

/** Version 1: `{ cards, log: [entry...], undone?, settings?, generation? }`. */
export function readV1(state: unknown): LegacyRead {
  const s = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  const settings = settingsFrom(s.settings);
  const entries: ReviewEntry[] = [];
  let bad = 0;
  if (Array.isArray(s.log)) {
    for (const e of s.log) {
      const r = v.safeParse(ReviewEntrySchema, e);
      if (r.success) entries.push(r.output as ReviewEntry);
      else bad++;
    }
  }
  const { undone, damaged } = undoneFrom(s.undone);
  // Card states are replayed from the log, but a damaged one still says the value is.
  const cardsDamaged =
    typeof s.cards !== 'object' ||
    s.cards === null ||
    Array.isArray(s.cards) ||
    Object.values(s.cards).some((c) => !v.is(CardStateSchema, c));
  return {
    entries: stamp(entries, settings),
    undone,
    settings,
    generation: v.is(count, s.generation) ? (s.generation as number) : 0,
    bad,
    // Without a log, how many reviews it held cannot be told.
    missing: Array.isArray(s.log) ? 0 : 1,
    damaged: damaged || cardsDamaged || bad > 0 || !Array.isArray(s.log),
  };
}

const ZERO = 48;

/** A version 2 chunk: `delta,card,RP,id|...`, each delta from the previous entry. */
function readV2Chunk(
  text: string,
  ids: readonly (string | null)[],
): { entries: ReviewEntry[]; bad: number } {
  const entries: ReviewEntry[] = [];
  let bad = 0;
  if (text === '') return { entries, bad };
  const segments = text.split('|');
  let at = 0;
  for (const [i, seg] of segments.entries()) {
    const f = seg.split(',');
    const delta = Number.parseInt(f[0] ?? '', 36);
    if (!Number.isSafeInteger(delta) || !/^-?[0-9a-z]+$/.test(f[0] ?? '')) {
      // Times are deltas: past a delta that cannot be read, no time can be trusted.
      bad += segments.length - i;
      break;
    }
    at += delta;
    const cardId = ids[Number.parseInt(f[1] ?? '', 36)];
    const rp = f[2] ?? '';
    const rating = rp.charCodeAt(0) - ZERO;
    const phase = rp.charCodeAt(1) - ZERO;
    const id = f[3] ?? '';
    if (
      f.length !== 4 ||
      cardId == null ||
      rp.length !== 2 ||
      !(rating >= 1 && rating <= 4) ||
      !(phase >= 0 && phase <= 3) ||
      !ENTRY_ID.test(id) ||
      isReserved(id) ||
      !(at >= 0 && at <= MAX_INSTANT)
    ) {
      bad++;
      continue;
    }
    entries.push({
      id,
      cardId,
      rating: rating as Grade,
      review: at,
      state: phase as CardPhase,
    });
  }
  return { entries, bad };
}

/**
 * Version 2: the main value's state and every `apigw-flashcards:log:*` value. Chunks it
 * lists are read in order; chunks it does not list (left by a write that failed before
 * the main value) are read too, with what of the dictionary applies. A stored log length
 * is not trusted over the entries themselves: an entry is dropped only if it was undone.
 */
export function readV2(state: unknown, items: ReadonlyMap<string, string>): LegacyRead {
  const s = (typeof state === 'object' && state !== null ? state : {}) as Record<string, unknown>;
  const settings = settingsFrom(s.settings);
  let damaged = false;
  const ids: (string | null)[] = Array.isArray(s.ids)
    ? s.ids.map((id) => {
        if (v.is(CardId, id)) return id as string;
        damaged = true;
        return null;
      })
    : [];
  if (!Array.isArray(s.ids)) damaged = true;
  const log = (typeof s.log === 'object' && s.log !== null ? s.log : {}) as Record<string, unknown>;
  const listed = Array.isArray(log.chunks)
    ? log.chunks.filter((k): k is string => typeof k === 'string')
    : [];
  if (!Array.isArray(log.chunks)) damaged = true;
  const keys = [
    ...listed.map((k) => `${KEYS.legacyChunkPrefix}${k}`),
    ...[...items.keys()]
      .filter((k) => k.startsWith(KEYS.legacyChunkPrefix))
      .filter((k) => !listed.includes(k.slice(KEYS.legacyChunkPrefix.length)))
      .sort(),
  ];
  const entries: ReviewEntry[] = [];
  let bad = 0;
  let missing = 0;
  for (const key of keys) {
    const text = items.get(key);
    if (text === undefined) {
      missing++;
      continue;
    }
    const read = readV2Chunk(text, ids);
    entries.push(...read.entries);
    bad += read.bad;
  }
  const { undone, damaged: undoneDamaged } = undoneFrom(s.undone);
  if (
    typeof s.cards !== 'object' ||
    s.cards === null ||
    Array.isArray(s.cards) ||
    Object.values(s.cards).some((t) => !Array.isArray(t) || t.length !== 10)
  ) {
    damaged = true;
  }
  return {
    entries: stamp(entries, settings),
    undone,
    settings,
    generation: v.is(count, s.generation) ? (s.generation as number) : 0,
    bad,
    missing,
    damaged: damaged || undoneDamaged || bad > 0 || missing > 0,
  };
}
