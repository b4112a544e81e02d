import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ReviewEntry, TrackedCard } from '../domain/card-state';
import type { Incoming } from '../domain/reconcile';
import { buildDump, keepAside } from './backups';
import {
  type Chunk,
  decodeChunk,
  decodeMain,
  EntryEncoder,
  encodeChunk,
  encodeMain,
  type ResetRecord,
  type SettingRecord,
} from './layout';
import type { Locks } from './locks';
import {
  type ChunkInfo,
  LEGACY_NAME,
  lostReviews,
  readStorage,
  type StoredView,
} from './read-storage';
import { KEYS, type PersistedState, type SettingKey, type Settings } from './schema';
import { safeStorage, type WriteFailure } from './storage';

/** Entries in a tab's open chunk, which is rewritten on each rating: this bounds a rating's cost. */
export const OPEN_LIMIT = 250;
/** Entries in a chunk written once (an import, a migration, a compaction). */
export const SEALED_LIMIT = 2000;
/**
 * A chunk written this recently is left alone even if its writer's lock is free: a new tab
 * writes nothing before its lock is held, but the margin costs nothing.
 */
export const SETTLE_MS = 10_000;
/** Without Web Locks: a chunk untouched this long belongs to a closed tab. */
export const STALE_WRITER_MS = 60 * 60_000;
/** Retries of a refused write: after these delays, then every minute. */
const RETRY_MS = [2000, 5000, 15_000, 30_000, 60_000];

export type StorageIssue =
  /** Stored values that could not be read whole: what was recovered, what was not. */
  | {
      readonly kind: 'damaged';
      readonly recovered: number;
      readonly lost: number;
      /** Damaged values whose number of reviews cannot be told. */
      readonly unknown: number;
      /** Where the damaged values were kept; empty when storage refused the copy. */
      readonly backupKeys: readonly string[];
      /** The damaged values as a file the app can import. */
      readonly download: string;
    }
  | { readonly kind: 'unavailable' }
  /** A newer version of the app wrote the data: read as far as possible, never written over. */
  | { readonly kind: 'newer' };

export type SaveStatus =
  | { readonly kind: 'failed'; readonly reason: WriteFailure; readonly unsaved: number }
  /** Saved after failing: everything is stored again. */
  | { readonly kind: 'recovered' };

/** What `persist` hands over: the persisted state, plus the cards still to be replayed. */
export type Hydrated = PersistedState & { readonly stale: readonly string[] };

export type External =
  /** Reviews, undos and settings other tabs saved, to reconcile with this tab's. */
  | { readonly kind: 'delta'; readonly incoming: Incoming; readonly settings: Settings | null }
  /** Another tab reset or replaced the progress: this is the new progress. */
  | {
      readonly kind: 'switch';
      readonly view: StoredView;
      readonly carried: readonly ReviewEntry[];
    };

export interface ResetOptions {
  /** The replacement (a backup's progress); absent: reset to nothing. */
  readonly replace?: {
    readonly entries: readonly ReviewEntry[];
    readonly settings: Settings;
  };
  /** Keep every stored value aside first; without that copy nothing changes. */
  readonly snapshot: boolean;
  /** Runs under the lock with exactly what will be retired (to download it); may throw. */
  readonly before?: (state: PersistedState) => void | Promise<void>;
}

export type ResetResult =
  | { readonly ok: true; readonly view: StoredView }
  | { readonly ok: false; readonly reason: 'backup' | 'write' | 'blocked' };

export interface Engine extends PersistStorage<Hydrated> {
  readonly writer: string;
  /** Records this tab's new reviews; `bulk` writes them in sealed chunks (imports). */
  append(entries: readonly ReviewEntry[], bulk?: boolean): void;
  markUndone(ids: readonly string[]): void;
  noteSettings(patch: Partial<Settings>): void;
  /** The cache changed here (cards replayed): write it with the next save. */
  touchCache(): void;
  /** Writes whatever waits; true when all of it is stored. */
  flush(): boolean;
  /** Reads what other tabs saved since the last look. */
  takeExternal(): External | null;
  reset(options: ResetOptions): Promise<ResetResult>;
  /** Folds closed tabs' chunks into full ones; returns how many values it removed. */
  compact(): Promise<number>;
  onIssue(listener: (issue: StorageIssue) => void): void;
  onSave(listener: (status: SaveStatus) => void): void;
  /** Stops for good: no more reads, writes or retries (tests; a page going away). */
  dispose(): void;
}

interface OpenChunk {
  name: string;
  generation: number;
  encoder: EntryEncoder;
  entries: ReviewEntry[];
  count: number;
  /** Entries stored by the last successful write. */
  saved: number;
  undone: string[];
  settings: Partial<Record<SettingKey, SettingRecord>>;
  reset: ResetRecord | null;
  dirty: boolean;
}

function randomId(length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += (b % 36).toString(36);
  return id;
}

/** Every stored value the app owns, backups aside. */
function readItems(): Map<string, string> {
  const items = new Map<string, string>();
  const main = safeStorage.read(KEYS.main);
  if (main.ok && main.value !== null) items.set(KEYS.main, main.value);
  for (const prefix of [KEYS.chunkPrefix, KEYS.legacyChunkPrefix]) {
    for (const key of safeStorage.keys(prefix)) {
      const r = safeStorage.read(key);
      if (r.ok && r.value !== null) items.set(key, r.value);
    }
  }
  return items;
}

export interface EngineOptions {
  readonly clock: () => number;
  readonly locks: Locks;
}

/**
 * The persist adapter. This tab writes only its own chunks (and the cache): a review is
 * stored, synchronously, before the next card shows, and no other tab can overwrite it.
 * What deletes or replaces other tabs' values (compaction, reset, replace) runs under the
 * cross-tab lock after reading everything. Reads salvage; damaged values are kept aside.
 */
export function createEngine({ clock, locks }: EngineOptions): Engine {
  const writer = randomId(8);
  let seq = 0;
  let generation = 0;
  let reset: ResetRecord | null = null;
  /** What storage holds, as this tab last read or wrote it: value by key. */
  const known = new Map<string, string>();
  let chunkInfo = new Map<string, ChunkInfo>();
  const records: Partial<Record<SettingKey, SettingRecord>> = {};
  let current: PersistedState | null = null;
  let open = newOpen(0);
  /** Chunks written once, waiting to be stored, in order. */
  const sealed: { name: string; text: string; entries: readonly ReviewEntry[] }[] = [];
  /** Own chunks of a retired generation, removed once their entries are stored anew. */
  let retire: string[] = [];
  let blockedAll = false;
  /** The main value may not be written: it holds data kept nowhere else yet. */
  let blockedMain = false;
  let mainDirty = false;
  let failing: WriteFailure | null = null;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let issueListener: ((i: StorageIssue) => void) | null = null;
  let saveListener: ((s: SaveStatus) => void) | null = null;
  const pendingIssues: StorageIssue[] = [];
  const pendingSaves: SaveStatus[] = [];

  void locks.holdWriter(writer);

  function nextName(): string {
    const name = `${writer}.${seq.toString(36)}`;
    seq++;
    return name;
  }

  function newOpen(g: number, rec: ResetRecord | null = null): OpenChunk {
    return {
      name: nextName(),
      generation: g,
      encoder: new EntryEncoder(),
      entries: [],
      count: 0,
      saved: 0,
      undone: [],
      settings: {},
      reset: rec,
      dirty: false,
    };
  }

  function openChunk(): Chunk {
    return {
      writer,
      generation: open.generation,
      written: clock(),
      entries: [],
      undone: open.undone,
      settings: open.settings,
      reset: open.reset,
    };
  }

  function report(issue: StorageIssue) {
    if (issueListener) issueListener(issue);
    else pendingIssues.push(issue);
  }

  function reportSave(status: SaveStatus) {
    if (saveListener) saveListener(status);
    else pendingSaves.push(status);
  }

  /** This tab's reviews not stored yet (refused writes). */
  function unsavedEntries(): ReviewEntry[] {
    return [...sealed.flatMap((c) => c.entries), ...open.entries.slice(open.saved)];
  }

  function unsaved(): number {
    return sealed.reduce((n, c) => n + c.entries.length, 0) + (open.count - open.saved);
  }

  function scheduleRetry() {
    if (retryTimer !== null || typeof setTimeout === 'undefined') return;
    const delay = RETRY_MS[Math.min(retries, RETRY_MS.length - 1)] as number;
    retries++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      flush();
    }, delay);
  }

  /** While a reset writes its new generation, a refusal is its own failure, not the learner's. */
  let quiet = false;
  function failed(reason: WriteFailure): false {
    if (quiet) return false;
    failing = reason;
    reportSave({ kind: 'failed', reason, unsaved: unsaved() });
    scheduleRetry();
    return false;
  }

  function write(key: string, text: string): WriteFailure | null {
    const r = safeStorage.write(key, text);
    if (!r.ok) return r.reason;
    known.set(key, text);
    return null;
  }

  function closeOpen() {
    if (open.dirty || open.count > open.saved) {
      const text = encodeChunk(openChunk(), open.encoder);
      sealed.push({ name: open.name, text, entries: open.entries.slice(open.saved) });
    }
    open = newOpen(open.generation, open.reset);
  }

  let flushing = false;
  function flush(): boolean {
    // Reporting a failure updates the store, which asks to save again: not from in here.
    if (blockedAll || flushing) return false;
    flushing = true;
    try {
      return writeAll();
    } finally {
      flushing = false;
    }
  }

  function writeAll(): boolean {
    while (sealed.length > 0) {
      const c = sealed[0] as (typeof sealed)[number];
      const fail = write(`${KEYS.chunkPrefix}${c.name}`, c.text);
      if (fail) return failed(fail);
      sealed.shift();
    }
    if (open.dirty) {
      const fail = write(`${KEYS.chunkPrefix}${open.name}`, encodeChunk(openChunk(), open.encoder));
      if (fail) return failed(fail);
      open.dirty = false;
      open.saved = open.count;
    }
    if (retire.length > 0) {
      for (const name of retire) safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
      retire = [];
    }
    if (mainDirty && current && !blockedMain) {
      const text = encodeMain({
        generation,
        settings: current.settings,
        cards: current.cards,
        reset,
      });
      // The main value is a cache: if it cannot be written, nothing is lost (a reader
      // replays the cards it lacks); it is tried again later, without alarming anyone.
      if (write(KEYS.main, text) === null) mainDirty = false;
      else scheduleRetry();
    }
    if (failing) {
      failing = null;
      reportSave({ kind: 'recovered' });
    }
    if (!mainDirty && retryTimer !== null) {
      clearTimeout(retryTimer);
      retryTimer = null;
    }
    if (!mainDirty) retries = 0;
    return true;
  }

  function adopt(view: StoredView, items: ReadonlyMap<string, string>) {
    known.clear();
    for (const [k, value] of items) known.set(k, value);
    chunkInfo = new Map(view.chunks);
    generation = view.state.generation;
    reset = view.reset;
    for (const key of Object.keys(records)) delete records[key as SettingKey];
    Object.assign(records, view.records);
  }

  /** Keeps damaged values aside and tells the learner what was recovered. */
  function handleDamage(view: StoredView) {
    if (view.damage.length === 0) return;
    const items: Record<string, string> = {};
    for (const d of view.damage) items[d.key] = d.raw;
    // One copy per damaged value, so the same damage met again adds nothing.
    const backupKeys: string[] = [];
    let mainKept = true;
    for (const d of view.damage) {
      const key = keepAside({ [d.key]: d.raw }, 'damaged', clock());
      if (key) backupKeys.push(key);
      else if (d.key === KEYS.main) mainKept = false;
    }
    // Without a copy, the damaged main value is the only one: never write over it.
    if (!mainKept) blockedMain = true;
    else if (view.damage.some((d) => d.key === KEYS.main)) mainDirty = true;
    const { lost, unknown } = lostReviews(view.damage);
    report({
      kind: 'damaged',
      recovered: view.state.log.length,
      lost,
      unknown,
      backupKeys: [...new Set(backupKeys)],
      download: buildDump(items, 'damaged', clock()),
    });
  }

  /**
   * An older layout: its reviews, undos and settings go into this tab's chunks (written
   * once, then read back), and only then may the main value be replaced.
   */
  function migrate(view: StoredView, items: ReadonlyMap<string, string>) {
    const inChunks = new Set<string>();
    for (const [key, value] of items) {
      if (!key.startsWith(KEYS.chunkPrefix)) continue;
      const r = decodeChunk(value);
      if (r.ok) for (const e of r.chunk.entries) inChunks.add(e.id);
    }
    blockedMain = true;
    open.generation = generation;
    append(
      view.state.log.filter((e) => !inChunks.has(e.id)),
      true,
    );
    open.undone.push(...view.state.undone);
    for (const key of Object.keys(view.state.settings) as SettingKey[]) {
      // Time 0: any change made anywhere since wins over the old layout's value.
      open.settings[key] = [view.state.settings[key], 0];
    }
    open.dirty = true;
    if (!flush()) return;
    // Read back what was written before giving up the old layout.
    const back = readStorage(readItems());
    const have = new Set(back.state.log.map((e) => e.id));
    if (!view.state.log.every((e) => have.has(e.id))) return;
    blockedMain = false;
    mainDirty = true;
    for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) safeStorage.remove(key);
    flush();
    const after = readItems();
    adopt(readStorage(after), after);
  }

  function append(entries: readonly ReviewEntry[], bulk = false) {
    if (entries.length === 0) return;
    if (bulk) {
      closeOpen();
      for (let i = 0; i < entries.length; i += SEALED_LIMIT) {
        const part = entries.slice(i, i + SEALED_LIMIT);
        const name = nextName();
        const text = encodeChunk({
          writer,
          generation: open.generation,
          written: clock(),
          entries: part,
          undone: [],
          settings: {},
          reset: open.reset,
        });
        sealed.push({ name, text, entries: part });
      }
      mainDirty = true;
      return;
    }
    for (const e of entries) {
      if (open.count >= OPEN_LIMIT) closeOpen();
      open.encoder.add(e);
      open.entries.push(e);
      open.count++;
      open.dirty = true;
    }
    mainDirty = true;
  }

  function isClosed(info: ChunkInfo, live: ReadonlySet<string> | null, now: number): boolean {
    if (info.writer === writer) return false;
    if (live) return !live.has(info.writer) && now - info.written > SETTLE_MS;
    return now - info.written > STALE_WRITER_MS;
  }

  const engine: Engine = {
    writer,

    getItem(): StorageValue<Hydrated> | null {
      const probe = safeStorage.read(KEYS.main);
      if (!probe.ok) {
        blockedAll = true;
        report({ kind: 'unavailable' });
        return null;
      }
      const items = readItems();
      const view = readStorage(items);
      adopt(view, items);
      open.generation = generation;
      open.reset = reset && reset.g === generation ? reset : null;
      current = view.state;
      if (view.future) {
        blockedAll = true;
        report({ kind: 'newer' });
      } else {
        handleDamage(view);
        if (view.legacy) migrate(view, items);
        for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) {
          // Leftovers of a finished migration (the main value is version 3 now).
          if (!view.legacy && view.main) safeStorage.remove(key);
        }
      }
      if (items.size === 0) return null;
      return { state: { ...view.state, stale: view.stale } };
    },

    setItem(_name, value) {
      current = value.state;
      flush();
    },

    removeItem() {
      // The app never clears storage through `persist`; a reset goes through `reset`.
    },

    append,

    markUndone(ids) {
      if (ids.length === 0) return;
      open.undone.push(...ids);
      open.dirty = true;
      mainDirty = true;
    },

    noteSettings(patch) {
      const at = clock();
      for (const [key, value] of Object.entries(patch)) {
        const rec: SettingRecord = [value, at];
        open.settings[key as SettingKey] = rec;
        records[key as SettingKey] = rec;
      }
      open.dirty = true;
      mainDirty = true;
    },

    touchCache() {
      mainDirty = true;
    },

    flush,

    takeExternal() {
      if (blockedAll) return null;
      const items = readItems();
      let switched = false;
      let theirCards: Readonly<Record<string, TrackedCard>> | undefined;
      const mainRaw = items.get(KEYS.main);
      if (mainRaw !== undefined && mainRaw !== known.get(KEYS.main)) {
        const m = decodeMain(mainRaw);
        if (m.kind === 'future') {
          blockedAll = true;
          report({ kind: 'newer' });
          return null;
        }
        if (m.kind === 'cache') {
          theirCards = m.main.cards;
          if (m.main.generation > generation) switched = true;
        } else if (m.kind === 'legacy') {
          // A tab of an older version wrote its layout over ours: take in what it holds.
          switched = true;
        }
      }
      const entries: ReviewEntry[] = [];
      const undone: string[] = [];
      let settingsChanged = false;
      for (const [key, raw] of items) {
        if (!key.startsWith(KEYS.chunkPrefix) || known.get(key) === raw) continue;
        const r = decodeChunk(raw);
        if (!r.ok) {
          if (r.future) {
            blockedAll = true;
            report({ kind: 'newer' });
            return null;
          }
          continue;
        }
        const name = key.slice(KEYS.chunkPrefix.length);
        const c = r.chunk;
        if (c.generation > generation) switched = true;
        const from =
          c.generation === generation ? 0 : reset?.g === generation ? (reset.seen[name] ?? 0) : 0;
        entries.push(...c.entries.slice(from));
        undone.push(...c.undone);
        for (const [k, rec] of Object.entries(c.settings) as [SettingKey, SettingRecord][]) {
          const seen = records[k];
          if (!seen || rec[1] > seen[1]) {
            records[k] = rec;
            settingsChanged = true;
          }
        }
        chunkInfo.set(name, {
          name,
          writer: c.writer,
          generation: c.generation,
          written: c.written,
          count: c.entries.length,
          damaged: r.damaged,
        });
      }
      if (switched) {
        const view = readStorage(items);
        // This tab's own reviews of the old generation that the reset did not see (made
        // while it happened, or never stored): they move into the new generation.
        const mine: ReviewEntry[] = [];
        const oldOwn = [...chunkInfo.values()].filter(
          (c) => c.writer === writer && c.generation < view.state.generation,
        );
        const ownRaw = oldOwn.map((c) => items.get(`${KEYS.chunkPrefix}${c.name}`));
        for (const [i, c] of oldOwn.entries()) {
          const raw = ownRaw[i];
          if (raw === undefined) continue;
          const r = decodeChunk(raw);
          const seenCount = view.reset?.seen[c.name] ?? 0;
          if (r.ok) mine.push(...r.chunk.entries.slice(seenCount));
        }
        // Never stored, so no reset saw them either.
        mine.push(...unsavedEntries());
        sealed.splice(0);
        retire = [...retire, ...oldOwn.map((c) => c.name)];
        adopt(view, items);
        const stillOpen = open;
        open = newOpen(generation, reset);
        open.undone = stillOpen.undone;
        open.settings = stillOpen.settings;
        append(mine);
        open.dirty = true;
        current = view.state;
        flush();
        return { kind: 'switch', view, carried: mine };
      }
      for (const [key, value] of items) known.set(key, value);
      for (const key of [...known.keys()]) if (!items.has(key)) known.delete(key);
      for (const name of [...chunkInfo.keys()]) {
        if (!items.has(`${KEYS.chunkPrefix}${name}`)) chunkInfo.delete(name);
      }
      if (entries.length === 0 && undone.length === 0 && !settingsChanged && !theirCards) {
        return null;
      }
      let settings: Settings | null = null;
      if (settingsChanged && current) {
        const next: Record<string, unknown> = { ...current.settings };
        for (const [k, rec] of Object.entries(records)) next[k] = (rec as SettingRecord)[0];
        settings = next as unknown as Settings;
      }
      return {
        kind: 'delta',
        incoming: { entries, undone, ...(theirCards ? { cards: theirCards } : {}) },
        settings,
      };
    },

    reset(options) {
      if (blockedAll) return Promise.resolve({ ok: false, reason: 'blocked' } as const);
      return locks.exclusive(async (): Promise<ResetResult> => {
        // What waits to be saved must be stored first: the download, the kept copy and the
        // reset's count of what it saw are all made from storage.
        if (!flush()) return { ok: false, reason: 'write' };
        const items = readItems();
        const view = readStorage(items);
        if (options.before) await options.before(view.state);
        if (options.snapshot && items.size > 0) {
          if (!keepAside(Object.fromEntries(items), 'replaced', clock())) {
            return { ok: false, reason: 'backup' };
          }
        }
        const seen: Record<string, number> = {};
        for (const [name, info] of view.chunks) seen[name] = info.count;
        if (view.legacy) seen[LEGACY_NAME] = Number.MAX_SAFE_INTEGER;
        const g = view.state.generation + 1;
        const rec: ResetRecord = { g, at: clock(), seen };
        const before = { open, sealed: sealed.splice(0), generation, reset };
        open = newOpen(g, rec);
        // Settings changes and undo markers live in chunks the reset retires: carry them.
        open.settings = { ...view.records };
        for (const [k, rec] of Object.entries(records) as [SettingKey, SettingRecord][]) {
          const had = open.settings[k];
          if (!had || rec[1] > had[1]) open.settings[k] = rec;
        }
        open.undone = [...view.state.undone];
        generation = g;
        reset = rec;
        if (options.replace) {
          append(options.replace.entries, true);
          const at = clock();
          for (const key of Object.keys(options.replace.settings) as SettingKey[]) {
            open.settings[key] = [options.replace.settings[key], at];
          }
        }
        open.dirty = true;
        const written = [...sealed.map((c) => c.name), open.name];
        quiet = true;
        const stored = flush();
        quiet = false;
        if (!stored) {
          // Nothing of the new generation may stay half-written: take it back.
          for (const name of written) safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
          sealed.splice(0, sealed.length, ...before.sealed);
          open = before.open;
          generation = before.generation;
          reset = before.reset;
          return { ok: false, reason: 'write' };
        }
        const settings = options.replace?.settings ?? view.state.settings;
        current = { cards: {}, log: [], undone: [], settings, generation: g };
        mainDirty = true;
        blockedMain = false;
        flush();
        const live = await locks.liveWriters();
        const now = clock();
        for (const [name, info] of view.chunks) {
          if (info.generation >= g) continue;
          if (info.writer === writer || isClosed(info, live, now)) {
            safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
          }
        }
        for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) safeStorage.remove(key);
        const after = readItems();
        const next = readStorage(after);
        adopt(next, after);
        return { ok: true, view: next };
      });
    },

    compact() {
      if (blockedAll) return Promise.resolve(0);
      return locks.exclusive(async () => {
        flush();
        // What is read here is not taken in: the store takes it in through takeExternal,
        // which sees the outputs as new chunks (their entries are deduplicated by id).
        const items = readItems();
        const view = readStorage(items);
        const live = await locks.liveWriters();
        const now = clock();
        const g = view.state.generation;
        const closed = [...view.chunks.values()].filter((c) => isClosed(c, live, now));
        const small = closed.filter(
          (c) => c.generation === g && !c.damaged && c.count < SEALED_LIMIT,
        );
        const retired = closed.filter((c) => c.generation < g || c.damaged);
        const inputs = [...(small.length >= 2 ? small : []), ...retired];
        // Values nothing can be read from (damage), kept aside and then removed.
        let removed = 0;
        for (const d of view.damage) {
          const unreadable =
            (d.key.startsWith(KEYS.chunkPrefix) &&
              !view.chunks.has(d.key.slice(KEYS.chunkPrefix.length))) ||
            (d.key.startsWith(KEYS.legacyChunkPrefix) && !view.legacy);
          if (unreadable && keepAside({ [d.key]: d.raw }, 'damaged', now)) {
            safeStorage.remove(d.key);
            removed++;
          }
        }
        if (inputs.length === 0) return removed;
        // A damaged value is folded only once a copy of it is kept.
        const usable = inputs.filter((c) => {
          if (!c.damaged) return true;
          const key = `${KEYS.chunkPrefix}${c.name}`;
          return keepAside({ [key]: items.get(key) as string }, 'damaged', now) !== null;
        });
        if (usable.length === 0) return removed;
        const entries: ReviewEntry[] = [];
        const undone: string[] = [];
        const settings: Partial<Record<SettingKey, SettingRecord>> = {};
        const undoneAll = new Set(view.state.undone);
        for (const c of usable) {
          const r = decodeChunk(items.get(`${KEYS.chunkPrefix}${c.name}`) as string);
          if (!r.ok) continue;
          const from =
            c.generation === g ? 0 : view.reset?.g === g ? (view.reset.seen[c.name] ?? 0) : 0;
          for (const e of r.chunk.entries.slice(from)) if (!undoneAll.has(e.id)) entries.push(e);
          undone.push(...r.chunk.undone);
          for (const [k, rec] of Object.entries(r.chunk.settings) as [
            SettingKey,
            SettingRecord,
          ][]) {
            const had = settings[k];
            if (!had || rec[1] > had[1]) settings[k] = rec;
          }
        }
        entries.sort((a, b) => a.review - b.review || (a.id < b.id ? -1 : 1));
        const keepReset = view.reset?.g === g ? view.reset : null;
        const outputs: { name: string; text: string; ids: number }[] = [];
        for (let i = 0; i === 0 || i < entries.length; i += SEALED_LIMIT) {
          const part = entries.slice(i, i + SEALED_LIMIT);
          const name = nextName();
          outputs.push({
            name,
            ids: part.length,
            text: encodeChunk({
              writer,
              generation: g,
              written: now,
              entries: part,
              undone: i === 0 ? [...new Set(undone)] : [],
              settings: i === 0 ? settings : {},
              reset: keepReset,
            }),
          });
        }
        const written: string[] = [];
        for (const o of outputs) {
          const key = `${KEYS.chunkPrefix}${o.name}`;
          // Not recorded as known: this tab takes the outputs in like any other tab's.
          if (!safeStorage.write(key, o.text).ok) {
            for (const k of written) safeStorage.remove(k);
            return removed;
          }
          written.push(key);
          // Read back before anything is removed.
          const back = safeStorage.read(key);
          const r = back.ok && back.value !== null ? decodeChunk(back.value) : null;
          if (!r?.ok || r.chunk.entries.length !== o.ids) {
            for (const k of written) safeStorage.remove(k);
            return removed;
          }
        }
        for (const c of usable) safeStorage.remove(`${KEYS.chunkPrefix}${c.name}`);
        return removed + usable.length;
      });
    },

    onIssue(listener) {
      issueListener = listener;
      for (const issue of pendingIssues.splice(0)) listener(issue);
    },

    onSave(listener) {
      saveListener = listener;
      for (const status of pendingSaves.splice(0)) listener(status);
    },

    dispose() {
      blockedAll = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
  return engine;
}
