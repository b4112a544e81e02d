import * as v from 'valibot';
import type { CardPhase, Grade, ReviewEntry, TrackedCard } from '../domain/card-state';
import {
  CardId,
  count,
  ENTRY_ID,
  instant,
  isReserved,
  MAX_INSTANT,
  nonNegative,
  phase,
  SCHEMA_VERSION,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  settingsFrom,
  validSetting,
} from './schema';

/**
 * The storage layout, schema version 3. The review log is the truth; it lives in chunks,
 * and each chunk is written by one tab only (its *writer*, a random id per page load), so
 * tabs never overwrite each other. A chunk describes itself: it carries its own card-id
 * dictionary, its generation, the settings changes and undo markers its tab made, so any
 * chunk can be read on its own, and one damaged chunk costs only what it holds.
 *
 * Chunk value (JSON):
 *   {"v":3,"w":writer,"g":generation,"b":base time,"t":last write,
 *    "ids":[card ids],"e":"entries","u":[undone ids],"s":{setting:[value,at]},"x":reset}
 * `e` is `offset,card,RP,id[,opts]|...`: the review time as base-36 ms from `b`, the card
 * as a base-36 index into `ids`, the rating and the card's phase before it as two digits,
 * the entry id, and options (`p` practice, `r9300` a retention target of 0.93). Every
 * entry stands alone, so a damaged one loses only itself.
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

export const WRITER_ID = /^[0-9a-z]{1,16}$/;
export const CHUNK_NAME = /^([0-9a-z]{1,16})\.([0-9a-z]{1,8})$/;

// ---- entries ----

const ZERO = 48;
const COMMA = 44;

function encodeOptions(e: ReviewEntry): string {
  let opts = '';
  if (e.practice) opts += 'p';
  if (e.retention !== undefined) opts += `r${Math.round(e.retention * 10_000)}`;
  return opts;
}

/** Entries as `offset,card,RP,id[,opts]` segments joined by `|` (see the module comment). */
export class EntryEncoder {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly segments: string[] = [];
  base: number | null = null;

  constructor(ids: readonly string[] = []) {
    for (const id of ids) this.cardIndex(id);
  }

  private cardIndex(cardId: string): number {
    let i = this.index.get(cardId);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(cardId);
      this.index.set(cardId, i);
    }
    return i;
  }

  get count(): number {
    return this.segments.length;
  }

  add(e: ReviewEntry): void {
    this.base ??= e.review;
    const opts = encodeOptions(e);
    this.segments.push(
      `${(e.review - this.base).toString(36)},${this.cardIndex(e.cardId).toString(36)},${e.rating}${e.state},${e.id}${opts ? `,${opts}` : ''}`,
    );
  }

  text(): string {
    return this.segments.join('|');
  }
}

/** Reads one segment; null when anything in it is wrong. */
function decodeEntry(
  text: string,
  start: number,
  end: number,
  base: number,
  ids: readonly (string | null)[],
): ReviewEntry | null {
  const c1 = text.indexOf(',', start);
  if (c1 < 0 || c1 >= end) return null;
  const c2 = text.indexOf(',', c1 + 1);
  if (c2 < 0 || c2 >= end) return null;
  const c3 = c2 + 3;
  if (c3 >= end || text.charCodeAt(c3) !== COMMA) return null;
  let c4 = text.indexOf(',', c3 + 1);
  if (c4 < 0 || c4 > end) c4 = end;
  const offset = Number.parseInt(text.slice(start, c1), 36);
  const card = Number.parseInt(text.slice(c1 + 1, c2), 36);
  const rating = text.charCodeAt(c2 + 1) - ZERO;
  const state = text.charCodeAt(c2 + 2) - ZERO;
  const id = text.slice(c3 + 1, c4);
  const review = base + offset;
  const cardId = ids[card];
  if (
    !Number.isSafeInteger(offset) ||
    !(review >= 0 && review <= MAX_INSTANT) ||
    cardId == null ||
    !(rating >= 1 && rating <= 4) ||
    !(state >= 0 && state <= 3) ||
    !ENTRY_ID.test(id) ||
    isReserved(id)
  ) {
    return null;
  }
  const entry: { -readonly [K in keyof ReviewEntry]: ReviewEntry[K] } = {
    id,
    cardId,
    rating: rating as Grade,
    review,
    state: state as CardPhase,
  };
  if (c4 < end) {
    const opts = text.slice(c4 + 1, end);
    const m = /^(p?)(?:r(\d{4}))?$/.exec(opts);
    if (!m) return null;
    if (m[1]) entry.practice = true;
    if (m[2]) {
      const r = Number(m[2]) / 10_000;
      if (r < 0.7 || r > 0.99) return null;
      entry.retention = r;
    }
  }
  return entry;
}

/** Reads every segment it can; `bad` counts the ones it could not. */
export function decodeEntries(
  text: string,
  base: number,
  ids: readonly (string | null)[],
): { entries: ReviewEntry[]; bad: number } {
  const entries: ReviewEntry[] = [];
  let bad = 0;
  if (text === '') return { entries, bad };
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('|', pos);
    if (end < 0) end = n;
    const e = decodeEntry(text, pos, end, base, ids);
    if (e) entries.push(e);
    else bad++;
    pos = end + 1;
  }
  return { entries, bad };
}

// ---- chunks ----

export function encodeChunk(chunk: Chunk, encoder?: EntryEncoder): string {
  const enc = encoder ?? new EntryEncoder();
  if (!encoder) for (const e of chunk.entries) enc.add(e);
  const value: Record<string, unknown> = {
    v: CHUNK_VERSION,
    w: chunk.writer,
    g: chunk.generation,
    b: enc.base ?? 0,
    t: chunk.written,
    ids: enc.ids,
    e: enc.text(),
  };
  if (chunk.undone.length) value.u = chunk.undone;
  if (Object.keys(chunk.settings).length) value.s = chunk.settings;
  if (chunk.reset) value.x = chunk.reset;
  return JSON.stringify(value);
}

export type ChunkRead =
  | {
      readonly ok: true;
      readonly chunk: Chunk;
      /** Entries that could not be read (0 when the chunk is whole). */
      readonly bad: number;
      /** Anything in it was wrong, entries or not: its raw value should be kept aside. */
      readonly damaged: boolean;
    }
  /** Written by a newer version of the app: not to be read, nor written over. */
  | { readonly ok: false; readonly future: true }
  /** Nothing usable; `bad` is how many entries it seems to have held, if that can be told. */
  | { readonly ok: false; readonly future: false; readonly bad: number | null };

const ResetSchema = v.object({
  g: count,
  at: instant,
  seen: v.record(v.pipe(v.string(), v.regex(CHUNK_NAME)), count),
});

/** Strips what some tools put before a JSON text: a byte-order mark and white space. */
export function cleanText(raw: string): string {
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
      !v.is(instant, rec[1]) ||
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
    if (v.is(CardId, id)) return id as string;
    damaged = true;
    return null;
  });
  return { ids, damaged };
}

/**
 * Reads a chunk's value, salvaging what it can: a wrong field costs that field, a wrong
 * entry that entry. A value cut short (a crash mid-write cannot do it, but damage can) is
 * read up to the cut.
 */
export function decodeChunk(raw: string): ChunkRead {
  const text = cleanText(raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return salvageCut(text);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, future: false, bad: null };
  }
  const o = parsed as Record<string, unknown>;
  if (typeof o.v === 'number' && o.v > CHUNK_VERSION) return { ok: false, future: true };
  let damaged = o.v !== CHUNK_VERSION;
  const writer = typeof o.w === 'string' && WRITER_ID.test(o.w) ? o.w : '';
  const generation = v.is(count, o.g) ? (o.g as number) : 0;
  const written = v.is(instant, o.t) ? (o.t as number) : 0;
  const base = typeof o.b === 'number' && Number.isSafeInteger(o.b) ? o.b : null;
  if (!writer || !v.is(count, o.g) || !v.is(instant, o.t)) damaged = true;
  const dict = dictionary(o.ids);
  let entries: ReviewEntry[] = [];
  let bad = 0;
  if (typeof o.e === 'string' && base !== null) {
    ({ entries, bad } = decodeEntries(o.e, base, dict.ids));
  } else if (o.e !== undefined) {
    bad = typeof o.e === 'string' ? o.e.split('|').length : 1;
  }
  const undone = Array.isArray(o.u)
    ? o.u.filter((id): id is string => typeof id === 'string' && ENTRY_ID.test(id))
    : [];
  if (o.u !== undefined && (!Array.isArray(o.u) || undone.length !== o.u.length)) damaged = true;
  const s = settingRecords(o.s);
  const reset = o.x === undefined ? null : v.safeParse(ResetSchema, o.x);
  if (reset && !reset.success) damaged = true;
  return {
    ok: true,
    chunk: {
      writer,
      generation,
      written,
      entries,
      undone,
      settings: s.records,
      reset: reset?.success ? reset.output : null,
    },
    bad,
    damaged: damaged || bad > 0 || dict.damaged || s.damaged,
  };
}

/** A chunk's JSON cut short: its header and dictionary come first, so its first entries can be read. */
function salvageCut(text: string): ChunkRead {
  const head =
    /^\{"v":3,"w":"([0-9a-z]{1,16})","g":(\d+),"b":(-?\d+),"t":(\d+),"ids":(\[[^\]]*\]),"e":"([0-9a-z,|-]*)/.exec(
      text,
    );
  if (!head) return { ok: false, future: false, bad: null };
  let ids: unknown;
  try {
    ids = JSON.parse(head[5] as string);
  } catch {
    return { ok: false, future: false, bad: null };
  }
  const dict = dictionary(ids);
  const body = head[6] as string;
  // The last segment may be cut mid-way: it is not counted as read.
  const whole = body.lastIndexOf('|');
  const complete = text.length > head[0].length ? body : body.slice(0, Math.max(0, whole));
  const { entries, bad } = decodeEntries(complete, Number(head[3]), dict.ids);
  return {
    ok: true,
    chunk: {
      writer: head[1] as string,
      generation: Number(head[2]),
      written: Number(head[4]),
      entries,
      undone: [],
      settings: {},
      reset: null,
    },
    bad: bad + (complete === body ? 0 : 1),
    damaged: true,
  };
}

// ---- the main value (a cache) ----

/** Positions of a cached card's fields. */
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
  'basis',
] as const satisfies readonly (keyof TrackedCard)[];

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
  count,
]);

export interface MainCache {
  readonly generation: number;
  readonly settings: Settings;
  readonly cards: Readonly<Record<string, TrackedCard>>;
  readonly reset: ResetRecord | null;
}

export function encodeMain(main: MainCache): string {
  const cards: Record<string, unknown[]> = {};
  for (const [id, c] of Object.entries(main.cards)) cards[id] = CARD_FIELDS.map((f) => c[f]);
  const state: Record<string, unknown> = { g: main.generation, settings: main.settings, cards };
  if (main.reset) state.x = main.reset;
  return JSON.stringify({ state, version: SCHEMA_VERSION });
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
      if (isReserved(id) || !v.is(CardTuple, t)) {
        damaged = true;
        continue;
      }
      cards[id] = Object.fromEntries(
        CARD_FIELDS.map((f, i) => [f, (t as unknown[])[i]]),
      ) as unknown as TrackedCard;
    }
  } else damaged = true;
  const reset = s.x === undefined ? null : v.safeParse(ResetSchema, s.x);
  if (reset && !reset.success) damaged = true;
  const settings = settingsFrom(s.settings);
  if (!v.is(count, s.g)) damaged = true;
  return {
    kind: 'cache',
    main: {
      generation: v.is(count, s.g) ? (s.g as number) : 0,
      settings,
      cards,
      reset: reset?.success ? reset.output : null,
    },
    damaged,
  };
}
