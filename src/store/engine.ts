import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ReviewEntry } from '../domain/card-state.ts';
import type { ExamAttempt } from '../domain/exam-score.ts';
import type { Incoming } from '../domain/reconcile.ts';
import type { Chunk, ResetRecord, SettingRecord, SettingRecords } from './layout.ts';
import type { Locks } from './locks.ts';
import {
  type ChunkInfo,
  type LegacyReaders,
  readStorage,
  type StoredView,
} from './read-storage.ts';
import { KEYS, type PersistedState, type SettingKey, type Settings } from './schema.ts';
import { safeStorage, type WriteFailure } from './storage.ts';

/** Entries in a tab's open chunk, which is rewritten on each rating: this bounds a rating's cost. */
export const OPEN_LIMIT = 250;
/** Entries in a chunk written once (an import, a migration, a compaction). */
export const SEALED_LIMIT = 2000;

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
    /** Mock-exam attempts to keep in place of the ones stored. */
    readonly attempts?: readonly ExamAttempt[];
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
  /** When each setting was last changed, as every tab has stored it (sync compares them). */
  settingRecords(): SettingRecords;
  /** The cache changed here (cards replayed): write it with the next save. */
  touchCache(): void;
  /** Writes whatever waits; true when all of it is stored. */
  flush(): boolean;
  /** Reads what other tabs saved since the last look (its code loads on the first look). */
  takeExternal(): Promise<External | null>;
  reset(options: ResetOptions): Promise<ResetResult>;
  /** Folds closed tabs' chunks into full ones; returns how many values it removed. */
  compact(): Promise<number>;
  /** Resolves when work started at hydration (older layouts, damage) is done. */
  settled(): Promise<void>;
  onIssue(listener: (issue: StorageIssue) => void): void;
  onSave(listener: (status: SaveStatus) => void): void;
  /** Stops for good: no more reads, writes or retries (tests; a page going away). */
  dispose(): void;
}

export interface OpenChunk {
  name: string;
  generation: number;
  entries: ReviewEntry[];
  count: number;
  /** Entries stored by the last successful write. */
  saved: number;
  undone: string[];
  settings: Partial<Record<SettingKey, SettingRecord>>;
  reset: ResetRecord | null;
  dirty: boolean;
}

/** A chunk written once, waiting to be stored. */
export interface SealedChunk {
  readonly name: string;
  readonly chunk: Chunk;
  /** How many of its entries (the last ones) were never stored. */
  readonly unsaved: number;
}

/** How a chunk is written and the cache saved: store/engine-write.ts, loaded on first need. */
export interface Writer {
  /** Writes whatever waits; true when all of it is stored. */
  writeAll(core: EngineCore): boolean;
}

let writer: Writer | null = null;
let loadingWriter: Promise<void> | null = null;

/** Called by store/engine-write.ts as it loads: from then on every save is synchronous. */
export function registerWriter(w: Writer): void {
  writer = w;
}

/**
 * The engine's state, shared with store/engine-admin.ts, which holds the rare operations
 * (reset, compaction, migrating an older layout, keeping damage aside) and loads on use.
 */
export interface EngineCore {
  readonly writer: string;
  readonly clock: () => number;
  readonly locks: Locks;
  generation: number;
  reset: ResetRecord | null;
  /** What storage holds, as this tab last read or wrote it: value by key. */
  readonly known: Map<string, string>;
  chunkInfo: Map<string, ChunkInfo>;
  readonly records: Partial<Record<SettingKey, SettingRecord>>;
  current: Hydrated | null;
  open: OpenChunk;
  readonly sealed: SealedChunk[];
  /** Own chunks of a retired generation, removed once their entries are stored anew. */
  retire: string[];
  blockedAll: boolean;
  /** The main value may not be written: it holds data kept nowhere else yet. */
  blockedMain: boolean;
  mainDirty: boolean;
  /** While a reset writes its new generation, a refusal is its own failure, not the learner's. */
  quiet: boolean;
  legacy: LegacyReaders | null;
  nextName(): string;
  newOpen(g: number, rec?: ResetRecord | null): OpenChunk;
  append(entries: readonly ReviewEntry[], bulk?: boolean): void;
  flush(): boolean;
  adopt(view: StoredView, items: ReadonlyMap<string, string>): void;
  report(issue: StorageIssue): void;
  /** Writes `text` under `key`; null, or why storage refused it. */
  store(key: string, text: string): WriteFailure | null;
  /** Why the last save failed, while it has not succeeded since. */
  failing: WriteFailure | null;
  /** Retries so far, and the one waiting (store/engine-write.ts schedules them). */
  retries: number;
  retryTimer: ReturnType<typeof setTimeout> | null;
  /** Tells the learner how saving goes (the store shows it). */
  reportSave(status: SaveStatus): void;
  /** What this tab's own chunk now holds in storage (for the cache's fingerprint). */
  noteOwn(name: string, g: number, count: number, undone: number): void;
}

function randomId(length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += (b % 36).toString(36);
  return id;
}

/** Every stored value the app owns, backups aside. */
export function readItems(): Map<string, string> {
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

const admin = () => import('./engine-admin.ts');
const intake = () => import('./engine-intake.ts');
const legacyReaders = () => import('./legacy.ts');

/**
 * The persist adapter. This tab writes only its own chunks (and the cache): a review is
 * stored, synchronously, before the next card shows, and no other tab can overwrite it.
 * What deletes or replaces other tabs' values (compaction, reset, replace) runs under the
 * cross-tab lock after reading everything (store/engine-admin.ts). Reads salvage.
 */
export function createEngine({ clock, locks }: EngineOptions): Engine {
  const writerId = randomId(8);
  let seq = 0;
  let issueListener: ((i: StorageIssue) => void) | null = null;
  let saveListener: ((s: SaveStatus) => void) | null = null;
  const pendingIssues: StorageIssue[] = [];
  const pendingSaves: SaveStatus[] = [];
  let work: Promise<void> = Promise.resolve();

  void locks.holdWriter(writerId);

  const core: EngineCore = {
    writer: writerId,
    clock,
    locks,
    generation: 0,
    reset: null,
    known: new Map(),
    chunkInfo: new Map(),
    records: {},
    current: null,
    open: undefined as unknown as OpenChunk,
    sealed: [],
    retire: [],
    blockedAll: false,
    blockedMain: false,
    mainDirty: false,
    quiet: false,
    legacy: null,
    nextName() {
      const name = `${writerId}.${seq.toString(36)}`;
      seq++;
      return name;
    },
    newOpen(g, rec = null) {
      return {
        name: core.nextName(),
        generation: g,
        entries: [],
        count: 0,
        saved: 0,
        undone: [],
        settings: {},
        reset: rec,
        dirty: false,
      };
    },
    append,
    flush,
    adopt(view, items) {
      core.known.clear();
      for (const [k, value] of items) core.known.set(k, value);
      core.chunkInfo = new Map(view.chunks);
      core.generation = view.state.generation;
      core.reset = view.reset;
      for (const key of Object.keys(core.records)) delete core.records[key as SettingKey];
      Object.assign(core.records, view.records);
    },
    report(issue) {
      if (issueListener) issueListener(issue);
      else pendingIssues.push(issue);
    },
    store(key, text) {
      const r = safeStorage.write(key, text);
      if (!r.ok) return r.reason;
      core.known.set(key, text);
      return null;
    },
    failing: null,
    retries: 0,
    retryTimer: null,
    reportSave(status) {
      if (saveListener) saveListener(status);
      else pendingSaves.push(status);
    },
    noteOwn(name, g, count, undone) {
      core.chunkInfo.set(name, {
        name,
        writer: writerId,
        generation: g,
        written: clock(),
        count,
        undone,
        damaged: false,
      });
    },
  };
  core.open = core.newOpen(0);

  /** The open chunk, frozen as it is now, for writing. */
  function closeOpen() {
    const { open } = core;
    if (open.dirty || open.count > open.saved) {
      core.sealed.push({
        name: open.name,
        chunk: {
          writer: writerId,
          generation: open.generation,
          written: 0,
          entries: open.entries,
          undone: open.undone,
          settings: open.settings,
          reset: open.reset,
        },
        unsaved: open.count - open.saved,
      });
    }
    core.open = core.newOpen(open.generation, open.reset);
  }

  let flushing = false;
  function flush(): boolean {
    // Reporting a failure updates the store, which asks to save again: not from in here.
    if (core.blockedAll || flushing) return false;
    if (!writer) {
      // This page has not written yet: the writing code loads, then saves (the study pages
      // load it with themselves, so a rating is always saved at once).
      loadingWriter ??= import('./engine-write.ts').then(() => undefined);
      void loadingWriter.then(() => flush());
      return false;
    }
    flushing = true;
    try {
      return writer.writeAll(core);
    } finally {
      flushing = false;
    }
  }

  function append(entries: readonly ReviewEntry[], bulk = false) {
    if (entries.length === 0) return;
    if (bulk) {
      closeOpen();
      const { open } = core;
      for (let i = 0; i < entries.length; i += SEALED_LIMIT) {
        const part = entries.slice(i, i + SEALED_LIMIT);
        core.sealed.push({
          name: core.nextName(),
          chunk: {
            writer: writerId,
            generation: open.generation,
            written: 0,
            entries: part,
            undone: [],
            settings: {},
            reset: open.reset,
          },
          unsaved: part.length,
        });
      }
      core.mainDirty = true;
      return;
    }
    for (const e of entries) {
      if (core.open.count >= OPEN_LIMIT) closeOpen();
      const { open } = core;
      open.entries.push(e);
      open.count++;
      open.dirty = true;
    }
    core.mainDirty = true;
  }

  /** The rest of hydration, once the view is read (with the older layout's reader if needed). */
  function hydrate(
    view: StoredView,
    items: ReadonlyMap<string, string>,
  ): StorageValue<Hydrated> | null {
    core.adopt(view, items);
    core.open.generation = core.generation;
    core.open.reset = core.reset && core.reset.g === core.generation ? core.reset : null;
    core.current = { ...view.state, stale: view.stale };
    if (view.future) {
      core.blockedAll = true;
      core.report({ kind: 'newer' });
    } else {
      if (view.damage.some((d) => d.key === KEYS.main)) {
        // The damaged cache stays as it is until a copy of it is kept.
        core.blockedMain = true;
      }
      if (view.damage.length > 0 || view.legacy) {
        work = work.then(() =>
          admin().then(async (m) => {
            if (view.damage.length > 0) m.keepDamage(core, view);
            if (view.legacy) m.migrate(core, view, items);
          }),
        );
      }
    }
    if (items.size === 0) return null;
    return { state: { ...view.state, stale: view.stale } };
  }

  const engine: Engine = {
    writer: writerId,

    getItem() {
      const probe = safeStorage.read(KEYS.main);
      if (!probe.ok) {
        core.blockedAll = true;
        core.report({ kind: 'unavailable' });
        return null;
      }
      const items = readItems();
      const view = readStorage(items, core.legacy ?? undefined);
      if (!view.needsLegacy) return hydrate(view, items);
      // An older layout: its reader loads first (it is not on the first page).
      return legacyReaders().then((readers) => {
        core.legacy = readers;
        const again = readItems();
        return hydrate(readStorage(again, readers), again);
      });
    },

    setItem(_name, value) {
      core.current = value.state;
      flush();
    },

    removeItem() {
      // The app never clears storage through `persist`; a reset goes through `reset`.
    },

    append,

    markUndone(ids) {
      if (ids.length === 0) return;
      core.open.undone.push(...ids);
      core.open.dirty = true;
      core.mainDirty = true;
    },

    noteSettings(patch) {
      const at = clock();
      for (const [key, value] of Object.entries(patch)) {
        const rec: SettingRecord = [value, at];
        core.open.settings[key as SettingKey] = rec;
        core.records[key as SettingKey] = rec;
      }
      core.open.dirty = true;
      core.mainDirty = true;
    },

    settingRecords: () => ({ ...core.records }),

    touchCache() {
      core.mainDirty = true;
    },

    flush,

    takeExternal: () => intake().then((m) => m.takeExternal(core)),

    reset: (options) =>
      core.blockedAll
        ? Promise.resolve({ ok: false, reason: 'blocked' } as const)
        : admin().then((m) => m.reset(core, options)),

    compact: () => (core.blockedAll ? Promise.resolve(0) : admin().then((m) => m.compact(core))),

    settled: () => work,

    onIssue(listener) {
      issueListener = listener;
      for (const issue of pendingIssues.splice(0)) listener(issue);
    },

    onSave(listener) {
      saveListener = listener;
      for (const status of pendingSaves.splice(0)) listener(status);
    },

    dispose() {
      core.blockedAll = true;
      if (core.retryTimer !== null) clearTimeout(core.retryTimer);
      core.retryTimer = null;
    },
  };

  return engine;
}
