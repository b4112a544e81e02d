import type { CardPhase, Grade, ReviewEntry, TrackedCard } from '../domain/card-state.ts';
import {
  ENTRY_ID,
  isCardId,
  isCount,
  isInstant,
  isNonNegative,
  isPhase,
  isReserved,
  MAX_INSTANT,
  SCHEMA_VERSION,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  settingsFrom,
  validSetting,
} from './schema.ts';

/**
 * The storage layout, schema version 3. The review log is the truth; it lives in chunks,
 * and each chunk is written by one tab only (its *writer*, a random id per page load), so
 * tabs never overwrite each other. A chunk describes itself: it carries its own card-id
 * dictionary, its generation, the settings changes and undo markers its tab made, so any
 * chunk can be read on its own, and one damaged chunk costs only what it holds.
 *
 * Chunk value: a JSON header, a newline, then the entries:
 *   {"v":3,"w":writer,"g":generation,"b":base time,"t":last write,"n":entries,
 *    "ids":[card ids],"u":[undone ids],"s":{setting:[value,at]},"x":reset}
 *   offset,card,RP,id[,opts]|...
 * Each entry: the review time as base-36 ms from `b`, the card as a base-36 index into
 * `ids`, the rating and the card's phase before it as two digits, the entry id, and
 * options (`p` practice, `r9300` a retention target of 0.93). Every entry stands alone, so
 * a damaged one loses only itself; `n` tells a value cut short. The entries stay out of
 * the JSON so that reading a chunk never copies them.
 *
 * The main value (the key `apigw-flashcards`) is only a cache: card states with the basis
 * (domain/log.ts) of the reviews they reflect, the merged settings and the generation.
 * A reader checks each cached card against the log and replays any that disagrees.
 */

export const CHUNK_VERSION = SCHEMA_VERSION;

/** A setting's latest change: its value and when it was made (the latest change wins). */
export type SettingRecord = readonly [value: unknown, at: number];
export type SettingRecords = Readonly<Partial<Record<SettingKey, SettingRecord>>>;

/**
 * A reset (or a replace) of the progress: the new generation, and for each chunk that
 * existed then, how many of its entries it had (`seen`). Entries a chunk of an older
 * generation holds beyond that count were made by a tab that had not seen the reset yet:
 * they are carried into the new generation, never dropped.
 */
export interface ResetRecord {
  readonly g: number;
  readonly at: number;
  readonly seen: Readonly<Record<string, number>>;
}

export interface Chunk {
  readonly writer: string;
  readonly generation: number;
  /** When its writer last wrote it (epoch ms). */
  readonly written: number;
  readonly entries: readonly ReviewEntry[];
  readonly undone: readonly string[];
  readonly settings: SettingRecords;
  readonly reset: ResetRecord | null;
}

const WRITER_ID = /^[0-9a-z]{1,16}$/;
export const CHUNK_NAME = /^([0-9a-z]{1,16})\.([0-9a-z]{1,8})$/;

// ---- entries ----

const ZERO = 48;
const COMMA = 44;

/** Every character an entries text may hold; checked once per chunk, far cheaper than per entry. */
const ENTRIES_TEXT = /^[0-9a-z,|-]*$/;
/** One entry, checked on its own only in a chunk that failed the character check. */
const SEGMENT =
  /^-?[0-9a-z]{1,11},[0-9a-z]{1,4},[1-4][0-3],[0-9a-z][0-9a-z-]{0,63}(?:,p?(?:r\d{4})?)?$/;

/** Options after an entry's id: `p` practice, `r` and four digits a retention target. */
const OPTIONS = /^(p?)(?:r(\d{4}))?$/;

/**
 * Reads every segment it can; `bad` counts the ones it could not. One loop with no call per
 * entry: a page reads tens of thousands of entries before the JIT has warmed up.
 */
function decodeEntries(
  text: string,
  base: number,
  ids: readonly (string | null)[],
  into: ReviewEntry[] = [],
): { entries: ReviewEntry[]; bad: number; ordered: boolean } {
  const entries = into;
  let bad = 0;
  // Whether every entry comes strictly after the one before it (in log order), noted on
  // the way so that a reader need not check the whole log again.
  let ordered = true;
  let prev = entries.length > 0 ? (entries[entries.length - 1] as ReviewEntry) : null;
  if (text === '') return { entries, bad, ordered };
  // The character check makes parseInt exact below; a text that fails it is read entry by
  // entry against the full pattern.
  const clean = ENTRIES_TEXT.test(text);
  const n = text.length;
  let start = 0;
  while (start <= n) {
    let end = text.indexOf('|', start);
    if (end < 0) end = n;
    const c1 = text.indexOf(',', start);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    const c3 = c2 + 3;
    // Options follow the id after a comma; most entries have none.
    const last = text.lastIndexOf(',', end);
    const c4 = last > c3 ? last : end;
    // parseInt is exact here: the text passed the character check, or the segment is
    // checked against the full pattern below; a field of other length fails the checks.
    const offset = Number.parseInt(text.slice(start, c1), 36);
    const cardId = ids[Number.parseInt(text.slice(c1 + 1, c2), 36)];
    const digits = text.charCodeAt(start) === 45 ? c1 - start - 1 : c1 - start;
    const rating = text.charCodeAt(c2 + 1) - ZERO;
    const state = text.charCodeAt(c2 + 2) - ZERO;
    const review = base + offset;
    if (
      c1 < 0 ||
      c1 >= end ||
      c2 < 0 ||
      c3 >= end ||
      text.charCodeAt(c3) !== COMMA ||
      digits < 1 ||
      digits > 11 ||
      !(review >= 0 && review <= MAX_INSTANT) ||
      cardId == null ||
      !(rating >= 1 && rating <= 4) ||
      !(state >= 0 && state <= 3) ||
      c4 - c3 < 2 ||
      c4 - c3 > 65 ||
      text.charCodeAt(c3 + 1) === 45 ||
      (!clean && !SEGMENT.test(text.slice(start, end)))
    ) {
      bad++;
      start = end + 1;
      continue;
    }
    const entry: { -readonly [K in keyof ReviewEntry]: ReviewEntry[K] } = {
      id: text.slice(c3 + 1, c4),
      cardId,
      rating: rating as Grade,
      review,
      state: state as CardPhase,
    };
    if (c4 < end) {
      const m = OPTIONS.exec(text.slice(c4 + 1, end));
      const r = m?.[2] ? Number(m[2]) / 10_000 : undefined;
      if (!m || c4 + 1 === end || (r !== undefined && (r < 0.7 || r > 0.99))) {
        bad++;
        start = end + 1;
        continue;
      }
      if (m[1]) entry.practice = true;
      if (r !== undefined) entry.retention = r;
    }
    if (prev && (prev.review > review || (prev.review === review && prev.id >= entry.id))) {
      ordered = false;
    }
    prev = entry;
    entries.push(entry);
    start = end + 1;
  }
  return { entries, bad, ordered };
}

// ---- chunks ----

export type ChunkRead =
  | {
      readonly ok: true;
      readonly chunk: Chunk;
      /** Entries that could not be read (0 when the chunk is whole). */
      readonly bad: number;
      /** Anything in it was wrong, entries or not: its raw value should be kept aside. */
      readonly damaged: boolean;
      /** Entries read (appended to `into`, when that was given, instead of `chunk.entries`). */
      readonly count: number;
      /** They came in log order, each after the last one `into` held. */
      readonly ordered: boolean;
    }
  /** Written by a newer version of the app: not to be read, nor written over. */
  | { readonly ok: false; readonly future: true }
  /** Nothing usable; `bad` is how many entries it seems to have held, if that can be told. */
  | { readonly ok: false; readonly future: false; readonly bad: number | null };

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A reset record as stored, or null if it is not one. */
function resetFrom(x: unknown): ResetRecord | null {
  if (!isPlainObject(x) || !isCount(x.g) || !isInstant(x.at) || !isPlainObject(x.seen)) return null;
  for (const [name, n] of Object.entries(x.seen)) {
    if (!CHUNK_NAME.test(name) || !isCount(n)) return null;
  }
  return { g: x.g as number, at: x.at as number, seen: x.seen as Record<string, number> };
}

/** Strips what some tools put before a JSON text: a byte-order mark and white space. */
function cleanText(raw: string): string {
  return raw.replace(/^[\uFEFF\s]+/, '');
}

function settingRecords(input: unknown): { records: SettingRecords; damaged: boolean } {
  const records: Partial<Record<SettingKey, SettingRecord>> = {};
  if (input === undefined) return { records, damaged: false };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { records, damaged: true };
  }
  let damaged = false;
  for (const [key, rec] of Object.entries(input)) {
    const k = key as SettingKey;
    if (
      !SETTING_KEYS.includes(k) ||
      !Array.isArray(rec) ||
      rec.length !== 2 ||
      !isInstant(rec[1]) ||
      validSetting(k, rec[0]) === undefined
    ) {
      damaged = true;
      continue;
    }
    records[k] = [rec[0], rec[1] as number];
  }
  return { records, damaged };
}

/** Card ids of a dictionary; a slot that is no valid id is null (its entries are lost). */
function dictionary(input: unknown): { ids: (string | null)[]; damaged: boolean } {
  if (!Array.isArray(input)) return { ids: [], damaged: true };
  let damaged = false;
  const ids = input.map((id) => {
    if (isCardId(id)) return id;
    damaged = true;
    return null;
  });
  return { ids, damaged };
}

/**
 * Reads a chunk's value, salvaging what it can: a wrong field costs that field, a wrong
 * entry that entry, a value cut short what was cut (a crash mid-write cannot do that, as
 * every write is whole, but damage can).
 */
export function decodeChunk(raw: string, into?: ReviewEntry[]): ChunkRead {
  const text = cleanText(raw);
  const nl = text.indexOf('\n');
  let parsed: unknown;
  try {
    parsed = JSON.parse(nl < 0 ? text : text.slice(0, nl));
  } catch {
    return { ok: false, future: false, bad: null };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, future: false, bad: null };
  }
  const o = parsed as Record<string, unknown>;
  if (typeof o.v === 'number' && o.v > CHUNK_VERSION) return { ok: false, future: true };
  let damaged = o.v !== CHUNK_VERSION || nl < 0;
  const writer = typeof o.w === 'string' && WRITER_ID.test(o.w) ? o.w : '';
  const generation = isCount(o.g) ? o.g : 0;
  const written = isInstant(o.t) ? o.t : 0;
  const base = typeof o.b === 'number' && Number.isSafeInteger(o.b) ? o.b : null;
  const stated = isCount(o.n) ? o.n : null;
  if (!writer || !isCount(o.g) || !isInstant(o.t) || stated === null) damaged = true;
  const dict = dictionary(o.ids);
  const entries: ReviewEntry[] = into ?? [];
  const from = entries.length;
  let bad = 0;
  let ordered = true;
  const body = nl < 0 ? '' : text.slice(nl + 1);
  if (base !== null) ({ bad, ordered } = decodeEntries(body, base, dict.ids, entries));
  else if (body !== '') bad = body.split('|').length;
  if (stated !== null && entries.length - from + bad !== stated) {
    // Cut short (or added to): its last entry may be cut mid-way, so it is not trusted.
    damaged = true;
    if (entries.length - from + bad < stated && entries.length > from) {
      entries.pop();
      bad++;
    }
    bad += Math.max(0, stated - (entries.length - from) - bad);
  }
  const undone = Array.isArray(o.u)
    ? o.u.filter((id): id is string => typeof id === 'string' && ENTRY_ID.test(id))
    : [];
  if (o.u !== undefined && (!Array.isArray(o.u) || undone.length !== o.u.length)) damaged = true;
  const s = settingRecords(o.s);
  const reset = o.x === undefined ? null : resetFrom(o.x);
  if (o.x !== undefined && !reset) damaged = true;
  return {
    ok: true,
    chunk: {
      writer,
      generation,
      written,
      entries: into ? [] : entries,
      undone,
      settings: s.records,
      reset,
    },
    bad,
    damaged: damaged || bad > 0 || dict.damaged || s.damaged,
    count: entries.length - from,
    ordered,
  };
}

// ---- the main value (a cache) ----

/** A cached card is a tuple: each field in this order, with its check. */
const CARD_TUPLE = [
  ['due', isInstant],
  ['stability', isNonNegative],
  ['difficulty', isNonNegative],
  ['elapsedDays', isNonNegative],
  ['scheduledDays', isNonNegative],
  ['learningSteps', isCount],
  ['reps', isCount],
  ['lapses', isCount],
  ['state', isPhase],
  ['lastReview', (x: unknown) => x === null || isInstant(x)],
  ['basis', isCount],
] as const satisfies readonly (readonly [keyof TrackedCard, (x: unknown) => boolean])[];

/** Positions of a cached card's fields. */
export const CARD_FIELDS = CARD_TUPLE.map(([field]) => field);

function isCardTuple(t: unknown): t is unknown[] {
  return (
    Array.isArray(t) && t.length === CARD_TUPLE.length && CARD_TUPLE.every(([, ok], i) => ok(t[i]))
  );
}

export interface MainCache {
  readonly generation: number;
  readonly settings: Settings;
  readonly cards: Readonly<Record<string, TrackedCard>>;
  readonly reset: ResetRecord | null;
  /**
   * The chunks (name, entries, undo markers) the cards are the replay of, when the writer
   * knew them all and had no card left to replay: a reader that finds exactly these
   * chunks can take every card as it is, without checking each against the log.
   */
  readonly fp: string | null;
}

export type MainRead =
  | { readonly kind: 'cache'; readonly main: MainCache; readonly damaged: boolean }
  /** An older layout: version 1 or 2, read by store/legacy.ts. */
  | { readonly kind: 'legacy'; readonly version: 1 | 2; readonly state: unknown }
  | { readonly kind: 'future' }
  | { readonly kind: 'unreadable'; readonly reason: 'not-json' | 'bad-shape' };

export function decodeMain(raw: string): MainRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cleanText(raw));
  } catch {
    return { kind: 'unreadable', reason: 'not-json' };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('state' in parsed) ||
    !('version' in parsed) ||
    typeof parsed.version !== 'number'
  ) {
    return { kind: 'unreadable', reason: 'bad-shape' };
  }
  const { version, state } = parsed as { version: number; state: unknown };
  if (version > SCHEMA_VERSION) return { kind: 'future' };
  if (version === 1 || version === 2) return { kind: 'legacy', version, state };
  if (version !== SCHEMA_VERSION || typeof state !== 'object' || state === null) {
    return { kind: 'unreadable', reason: 'bad-shape' };
  }
  const s = state as Record<string, unknown>;
  let damaged = false;
  const cards: Record<string, TrackedCard> = {};
  if (typeof s.cards === 'object' && s.cards !== null && !Array.isArray(s.cards)) {
    for (const [id, t] of Object.entries(s.cards)) {
      if (isReserved(id) || !isCardTuple(t)) {
        damaged = true;
        continue;
      }
      cards[id] = Object.fromEntries(
        CARD_FIELDS.map((f, i) => [f, (t as unknown[])[i]]),
      ) as unknown as TrackedCard;
    }
  } else damaged = true;
  const reset = s.x === undefined ? null : resetFrom(s.x);
  if (s.x !== undefined && !reset) damaged = true;
  const settings = settingsFrom(s.settings);
  if (!isCount(s.g)) damaged = true;
  return {
    kind: 'cache',
    main: {
      generation: isCount(s.g) ? s.g : 0,
      settings,
      cards,
      reset,
      fp: typeof s.fp === 'string' ? s.fp : null,
    },
    damaged,
  };
}

/** The fingerprint of a set of chunks (see `MainCache.fp`). */
export function chunksFingerprint(
  chunks: Iterable<{ readonly name: string; readonly count: number; readonly undone: number }>,
): string {
  return [...chunks]
    .map((c) => `${c.name}:${c.count}:${c.undone}`)
    .sort()
    .join(',');
}
