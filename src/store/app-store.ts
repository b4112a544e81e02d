import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  type CardState,
  ownCard,
  type ReviewEntry,
  type UndoableEntry,
} from '../domain/card-state';
import { mergeProgress, type Progress, UNDONE_LIMIT } from '../domain/merge';
import { createGuardedStorage, type GuardedStorage, type StorageIssue } from './persist-storage';
import {
  DEFAULT_SETTINGS,
  type PersistedState,
  SCHEMA_VERSION,
  type Settings,
  STORAGE_KEY,
} from './schema';

export type ImportMode = 'merge' | 'replace';

export type Schedule = (
  current: CardState | undefined,
  settings: Settings,
) => { card: CardState; entry: ReviewEntry };
export type Unschedule = (current: CardState, entry: UndoableEntry) => CardState | undefined;

interface ProgressSlice {
  cards: Readonly<Record<string, CardState>>;
  log: readonly ReviewEntry[];
  undone: readonly string[];
  /** See `PersistedState.generation`. */
  generation: number;
  /**
   * Records an answer to `cardId`: `schedule` turns the card's current state (after taking
   * in other tabs' changes) into the new state and its log entry. Scheduling is passed in,
   * so the store (on every page) does not load the scheduler (only the study pages do).
   */
  record(cardId: string, schedule: Schedule): ReviewEntry;
  /**
   * Undoes the last answer in the log, restoring the card with `unschedule`; returns the
   * entry, or null when the log is empty or the last answer is too old to undo.
   */
  undo(unschedule: Unschedule): ReviewEntry | null;
  /**
   * Applies a validated backup in one step: merged with what is here, or replacing it
   * (after copying the current stored value under a backup key). False if that copy failed.
   */
  importProgress(data: PersistedState, mode: ImportMode): boolean;
  /**
   * Deletes every card state and review and starts a new generation, so other tabs drop
   * the old history instead of merging it back. Settings stay. The caller saves a backup
   * first.
   */
  resetProgress(): void;
  /** Takes in what another tab saved (the `storage` event). */
  syncFromOtherTabs(): void;
}

interface SettingsSlice {
  settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
}

/** A new app version: waiting to be applied here, or already applied by another tab. */
export type UpdateState = 'none' | 'ready' | 'applied';

/** Not persisted: storage faults and app updates, shown to the learner. */
interface StatusSlice {
  storageIssue: StorageIssue | null;
  dismissStorageIssue(): void;
  update: UpdateState;
  /** Applies the waiting version (set by the service-worker registration). */
  applyUpdate: (() => void) | null;
}

export type AppState = ProgressSlice & SettingsSlice & StatusSlice;
export type AppStore = StoreApi<AppState>;

type Slice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

/**
 * Before any write, take in what another tab saved, so its ratings are never overwritten.
 * Returns the state to build on and the part of it that changed.
 */
type Synced = (state: AppState) => { base: AppState; changed: Partial<AppState> };

const createProgressSlice =
  (synced: Synced, storage: GuardedStorage): Slice<ProgressSlice> =>
  (set, get) => ({
    cards: {},
    log: [],
    undone: [],
    generation: 0,
    record(cardId, schedule) {
      const { base, changed } = synced(get());
      const { card, entry } = schedule(ownCard(base.cards, cardId), base.settings);
      set({ ...changed, cards: { ...base.cards, [cardId]: card }, log: [...base.log, entry] });
      return entry;
    },
    undo(unschedule) {
      const { base, changed } = synced(get());
      const last = base.log.at(-1);
      // Only recent answers keep what undo needs (older ones are stored compactly).
      if (!last?.undo) {
        if (Object.keys(changed).length) set(changed);
        return null;
      }
      const current = ownCard(base.cards, last.cardId);
      const cards = { ...base.cards };
      const restored = current ? unschedule(current, { ...last, undo: last.undo }) : undefined;
      if (restored) cards[last.cardId] = restored;
      else delete cards[last.cardId];
      set({
        ...changed,
        cards,
        log: base.log.slice(0, -1),
        undone: [...base.undone, last.id].slice(-UNDONE_LIMIT),
      });
      return last;
    },
    importProgress(data, mode) {
      const { base, changed } = synced(get());
      if (mode === 'replace') {
        if (storage.backupCurrent() === null) return false;
        set({
          cards: data.cards,
          log: data.log,
          undone: data.undone,
          settings: data.settings,
          generation: base.generation + 1,
        });
        return true;
      }
      const merged = mergeProgress(base, data);
      set({ ...changed, cards: merged.cards, log: merged.log, undone: merged.undone });
      return true;
    },
    resetProgress() {
      const { base, changed } = synced(get());
      set({ ...changed, cards: {}, log: [], undone: [], generation: base.generation + 1 });
    },
    syncFromOtherTabs() {
      const { changed } = synced(get());
      if (Object.keys(changed).length) set(changed);
    },
  });

const createSettingsSlice =
  (synced: Synced): Slice<SettingsSlice> =>
  (set, get) => ({
    settings: DEFAULT_SETTINGS,
    updateSettings(patch) {
      const { base, changed } = synced(get());
      set({ ...changed, settings: { ...base.settings, ...patch } });
    },
  });

const statusSlice: Slice<StatusSlice> = (set) => ({
  storageIssue: null,
  dismissStorageIssue() {
    set({ storageIssue: null });
  },
  update: 'none',
  applyUpdate: null,
});

/** The allowlist of persisted keys: everything else is ephemeral. */
function persisted(state: AppState): PersistedState {
  return {
    cards: state.cards,
    log: state.log,
    undone: state.undone,
    settings: state.settings,
    ...(state.generation ? { generation: state.generation } : {}),
  };
}

export interface StoreOptions {
  /** Wall clock for backup-key names; tests pass a fixed one. */
  readonly clock?: () => number;
  /** Listen for other tabs' writes (the `storage` event). Default true. */
  readonly syncTabs?: boolean;
}

/** One store, built from slices, persisted once. A new instance per app (and per test). */
export function createAppStore(options: StoreOptions = {}): AppStore {
  const storage = createGuardedStorage(STORAGE_KEY, options.clock ?? Date.now);

  const synced: Synced = (state) => {
    const external = storage.readExternal();
    if (!external) return { base: state, changed: {} };
    const changed: Partial<AppState> = {};
    const theirs = external.generation ?? 0;
    if (theirs > state.generation) {
      // Another tab reset or replaced the progress: its generation replaces ours.
      changed.cards = external.cards;
      changed.log = external.log;
      changed.undone = external.undone;
      changed.generation = theirs;
    } else if (theirs === state.generation) {
      const local: Progress = state;
      const merged = mergeProgress(local, external);
      if (merged !== local) {
        changed.cards = merged.cards;
        changed.log = merged.log;
        changed.undone = merged.undone;
      }
    }
    // (A lower generation was written by a tab that had not yet seen the reset: ours wins.)
    // Settings: the last tab to save wins.
    if (JSON.stringify(external.settings) !== JSON.stringify(state.settings)) {
      changed.settings = external.settings;
    }
    return { base: { ...state, ...changed }, changed };
  };

  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createProgressSlice(synced, storage)(...a),
        ...createSettingsSlice(synced)(...a),
        ...statusSlice(...a),
      }),
      { name: STORAGE_KEY, version: SCHEMA_VERSION, storage, partialize: persisted },
    ),
  );
  storage.onIssue((issue) => store.setState({ storageIssue: issue }));

  if (options.syncTabs !== false && typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) store.getState().syncFromOtherTabs();
    });
  }
  return store;
}
