import type { ReviewEntry, TrackedCard } from '../domain/card-state.ts';
import { addToBasis, compareEntries, EMPTY_BASIS } from '../domain/log.ts';
import {
  CHUNK_NAME,
  type Chunk,
  chunksFingerprint,
  decodeChunk,
  decodeMain,
  type MainCache,
  type ResetRecord,
  type SettingRecord,
  type SettingRecords,
} from './layout.ts';
import type { LegacyRead, readV1, readV2 } from './legacy.ts';
import {
  DEFAULT_SETTINGS,
  KEYS,
  type PersistedState,
  type SettingKey,
  type Settings,
} from './schema.ts';

/** What a reader knows of one stored chunk. */
export interface ChunkInfo {
  /** `<writer>.<seq>`, the key without its prefix. */
  readonly name: string;
  readonly writer: string;
  readonly generation: number;
  readonly written: number;
  /** Entries it holds, in stored order (a reset counts them: `ResetRecord.seen`). */
  readonly count: number;
  /** Undo markers it holds. */
  readonly undone: number;
  /** It could not be read whole: its value is kept aside before anything replaces it. */
  readonly damaged: boolean;
}

/** A stored value that could not be read whole. */
export interface Damage {
  readonly key: string;
  readonly raw: string;
  /** Reviews it held that could not be read; null when that cannot be told. */
  readonly lost: number | null;
}

export interface StoredView {
  readonly state: PersistedState;
  /** Cards whose cached state is missing or disagrees with the log: to be replayed. */
  readonly stale: readonly string[];
  /** The latest change of each setting (the settings' source of truth). */
  readonly records: SettingRecords;
  readonly reset: ResetRecord | null;
  readonly chunks: ReadonlyMap<string, ChunkInfo>;
  /** The main value read as the cache it should be (null: missing, unreadable or older). */
  readonly main: MainCache | null;
  readonly damage: readonly Damage[];
  /** The layout the main value is in, when it is an older one. */
  readonly legacy: 1 | 2 | null;
  /** A newer version of the app wrote some of it: it must not be written over. */
  readonly future: boolean;
  /** An older layout is there and no reader of it was given: read again with one. */
  readonly needsLegacy: boolean;
}

/** The readers of older layouts (store/legacy.ts), passed in so only who needs them loads them. */
export interface LegacyReaders {
  readonly readV1: typeof readV1;
  readonly readV2: typeof readV2;
}

/** The name 'legacy' stands for an older layout's log in a reset's `seen` counts. */
export const LEGACY_NAME = 'legacy';

/** Later change wins; on the same millisecond, the later name (so every tab agrees). */
function mergeRecord(
  records: Partial<Record<SettingKey, SettingRecord & { readonly from?: string }>>,
  key: SettingKey,
  rec: SettingRecord,
  from: string,
) {
  const seen = records[key];
  if (!seen || rec[1] > seen[1] || (rec[1] === seen[1] && from > (seen.from ?? ''))) {
    records[key] = Object.assign([rec[0], rec[1]] as const, { from });
  }
}

/**
 * Reads what storage holds (or what a file of stored values holds) into the learner's
 * progress, salvaging every review and setting it can. Pure: `items` is every key the app
 * owns (backups aside) with its value.
 */
export function readStorage(
  items: ReadonlyMap<string, string>,
  readers?: LegacyReaders,
): StoredView {
  const damage: Damage[] = [];
  let future = false;
  let main: MainCache | null = null;
  let legacy: (LegacyRead & { version: 1 | 2 }) | null = null;
  let needsLegacy = false;

  const mainRaw = items.get(KEYS.main);
  const chunkKeys = [...items.keys()].filter((k) => k.startsWith(KEYS.chunkPrefix)).sort();
  const legacyKeys = [...items.keys()].filter((k) => k.startsWith(KEYS.legacyChunkPrefix));

  if (mainRaw !== undefined) {
    const read = decodeMain(mainRaw);
    if (read.kind === 'future') future = true;
    else if (read.kind === 'cache') {
      main = read.main;
      // A damaged cache costs no review: it is rebuilt from the log.
      if (read.damaged) damage.push({ key: KEYS.main, raw: mainRaw, lost: 0 });
    } else if (read.kind === 'legacy' && !readers) {
      needsLegacy = true;
    } else if (read.kind === 'legacy' && readers) {
      const r = read.version === 1 ? readers.readV1(read.state) : readers.readV2(read.state, items);
      legacy = { ...r, version: read.version };
      if (r.damaged) {
        damage.push({ key: KEYS.main, raw: mainRaw, lost: r.missing > 0 ? null : r.bad });
        if (read.version === 2) {
          for (const k of legacyKeys) damage.push({ key: k, raw: items.get(k) as string, lost: 0 });
        }
      }
    } else {
      // Unreadable: if the log lives in chunks, it was only the cache; if not, it may
      // have held a version 1 log, whose size cannot be told.
      damage.push({ key: KEYS.main, raw: mainRaw, lost: chunkKeys.length > 0 ? 0 : null });
    }
  }
  if (
    main === null &&
    legacy === null &&
    !needsLegacy &&
    legacyKeys.length > 0 &&
    mainRaw !== undefined
  ) {
    // Version 2 chunks without their main value's dictionary cannot be read.
    for (const k of legacyKeys) {
      const raw = items.get(k) as string;
      damage.push({ key: k, raw, lost: raw === '' ? 0 : raw.split('|').length });
    }
  }

  // Every chunk's entries go into one array, chunks in the order of their first review
  // (their header's base time): written in log order, the whole is then usually sorted
  // already, and is not sorted again.
  const baseOf = (raw: string) => {
    const at = raw.indexOf('"b":');
    return at < 0 ? 0 : Number.parseInt(raw.slice(at + 4, at + 24), 10) || 0;
  };
  const byBase = chunkKeys
    .map((key) => ({ key, raw: items.get(key) as string }))
    .map((c) => ({ ...c, base: baseOf(c.raw) }))
    .sort((x, y) => x.base - y.base);
  const all: ReviewEntry[] = [];
  let ordered = true;
  const chunks = new Map<string, ChunkInfo>();
  const read: { name: string; chunk: Chunk; from: number; to: number }[] = [];
  for (const { key, raw } of byBase) {
    const name = key.slice(KEYS.chunkPrefix.length);
    const m = CHUNK_NAME.exec(name);
    const from = all.length;
    const r = decodeChunk(raw, all);
    if (!r.ok) {
      if (r.future) future = true;
      else damage.push({ key, raw, lost: r.bad });
      continue;
    }
    if (!m || r.chunk.writer !== m[1]) {
      // Not a name this app writes, or a value copied under another name: read, but kept aside.
      damage.push({ key, raw, lost: 0 });
    } else if (r.damaged) {
      damage.push({ key, raw, lost: r.bad });
    }
    if (!r.ordered) ordered = false;
    read.push({ name, chunk: r.chunk, from, to: all.length });
    chunks.set(name, {
      name,
      writer: r.chunk.writer,
      generation: r.chunk.generation,
      written: r.chunk.written,
      count: r.count,
      undone: r.chunk.undone.length,
      damaged: r.damaged || !m || r.chunk.writer !== m[1],
    });
  }
  let legacyFrom = -1;
  if (legacy) {
    legacyFrom = all.length;
    for (const e of legacy.entries) all.push(e);
    ordered = false;
  }

  // The generation: the highest any value names; its reset record says what it saw.
  let generation = Math.max(main?.generation ?? 0, legacy?.generation ?? 0);
  let reset: ResetRecord | null = main?.reset ?? null;
  for (const { chunk } of read) {
    generation = Math.max(generation, chunk.generation);
    if (chunk.reset && (!reset || chunk.reset.g > reset.g)) reset = chunk.reset;
  }
  if (reset && reset.g > generation) generation = reset.g;
  const seen = reset && reset.g === generation ? reset.seen : null;

  const undone = new Set<string>(legacy?.undone ?? []);
  for (const { chunk } of read) for (const id of chunk.undone) undone.add(id);

  // Entries of an older generation are the reset's, but for those it did not see (made
  // after it read everything): they are carried into this one.
  const dropped: [number, number][] = [];
  for (const { name, chunk, from, to } of read) {
    if (chunk.generation !== generation)
      dropped.push([from, Math.min(to, from + (seen?.[name] ?? 0))]);
  }
  if (legacy && legacy.generation !== generation) {
    dropped.push([legacyFrom, Math.min(all.length, legacyFrom + (seen?.[LEGACY_NAME] ?? 0))]);
  }
  const hides = undone.size > 0;
  let log = all;
  if (dropped.some(([f, t]) => t > f)) {
    log = all.filter((_, i) => !dropped.some(([f, t]) => i >= f && i < t));
  }
  // In order (as the decoder saw) and with nothing to hide: the array is the log as it is.
  // Otherwise it is sorted, and copies of an entry (a compaction cut short) and undone
  // entries are dropped in one pass.
  const sorted = ordered && log === all;
  const clean = sorted && !hides;
  if (!sorted) log.sort(compareEntries);
  if (!clean) {
    let kept = 0;
    for (let i = 0; i < log.length; i++) {
      const e = log[i] as ReviewEntry;
      const prev = kept > 0 ? (log[kept - 1] as ReviewEntry) : undefined;
      if (prev && prev.id === e.id && prev.review === e.review) continue;
      if (hides && undone.has(e.id)) continue;
      log[kept++] = e;
    }
    log.length = kept;
  }

  // Settings: the cache's (or the old layout's) copy, under every recorded change.
  const records: Partial<Record<SettingKey, SettingRecord & { readonly from?: string }>> = {};
  for (const { name, chunk } of read) {
    for (const [key, rec] of Object.entries(chunk.settings)) {
      mergeRecord(records, key as SettingKey, rec as SettingRecord, name);
    }
  }
  const settings: Record<string, unknown> = {
    ...(main?.settings ?? legacy?.settings ?? DEFAULT_SETTINGS),
  };
  for (const [key, rec] of Object.entries(records)) settings[key] = (rec as SettingRecord)[0];

  // Cards: the cache where it is the replay of the card's reviews, else to be replayed.
  // When the cache was made from exactly the chunks here, all of it is (no card to check).
  const cards: Record<string, TrackedCard> = {};
  const stale: string[] = [];
  const whole =
    main !== null &&
    main.fp !== null &&
    legacy === null &&
    damage.length === 0 &&
    main.generation === generation &&
    main.fp === chunksFingerprint(chunks.values());
  if (whole && main) {
    Object.assign(cards, main.cards);
  } else {
    const basis = new Map<string, number>();
    const realReview = new Set<string>();
    for (const e of log) {
      basis.set(e.cardId, addToBasis(basis.get(e.cardId) ?? EMPTY_BASIS, e.id));
      if (!e.practice) realReview.add(e.cardId);
    }
    for (const [id, b] of basis) {
      const cached = main && Object.hasOwn(main.cards, id) ? main.cards[id] : undefined;
      if (cached && cached.basis === b) cards[id] = cached;
      else if (!cached && !realReview.has(id)) continue;
      else {
        // Until the replay, the cached state (if any) stands in: closer than "new".
        stale.push(id);
        if (cached) cards[id] = cached;
      }
    }
  }

  return {
    state: {
      cards,
      log,
      undone: [...undone],
      settings: settings as unknown as Settings,
      generation,
    },
    stale,
    records,
    reset,
    chunks,
    main,
    damage,
    legacy: legacy?.version ?? null,
    future,
    needsLegacy,
  };
}
