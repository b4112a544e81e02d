import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Grade, ReviewEntry, TrackedCard } from '../domain/card-state.ts';
import type { BackupProgress } from './backup.ts';
import {
  createEngine,
  type Engine,
  type Hydrated,
  type SaveStatus,
  type StorageIssue,
} from './engine.ts';
import { browserLockManager, type Locks, webLocks } from './locks.ts';
import { DEFAULT_SETTINGS, KEYS, type PersistedState, type Settings } from './schema.ts';

export type ImportMode = 'merge' | 'replace';

/**
 * What the store needs of the scheduler. It is passed in (by the study pages, which load
 * ts-fsrs anyway) or loaded when needed, so the first page never loads the scheduler.
 */
export interface Scheduling {
  applyRating(
    cardId: string,
    state: TrackedCard | undefined,
    rating: Grade,
    now: number,
    entryId: string,
    retention?: number,
  ): { card: Omit<TrackedCard, 'basis'>; entry: ReviewEntry };
  replayCards(
    progress: Pick<PersistedState, 'cards' | 'log'>,
    ids: Iterable<string>,
  ): Record<string, TrackedCard>;
}

export type ImportResult =
  | { readonly ok: true; readonly added: number }
  | { readonly ok: false; readonly reason: 'backup' | 'write' | 'blocked' };

interface ProgressSlice {
  cards: Readonly<Record<string, TrackedCard>>;
  log: readonly ReviewEntry[];
  undone: readonly string[];
  /** See `PersistedState.generation`. */
  generation: number;
  /** Cards whose state is not yet the replay of their reviews (replayed by `refresh`). */
  stale: readonly string[];
  /**
   * Ids of the reviews this tab made since it opened: the ones undo may take back. Answers
   * and undo are store/review-actions.ts (with the study pages, which load the scheduler).
   */
  mine: readonly string[];
  /** Applies a validated backup: merged with what is here, or replacing it (after a copy). */
  importProgress(data: BackupProgress, mode: ImportMode): Promise<ImportResult>;
  /**
   * Deletes every card state and review and starts a new generation, so other tabs drop
   * the old history instead of merging it back. Settings stay. `before` runs under the
   * cross-tab lock with exactly what is about to go (to download it); if it throws,
   * nothing changes.
   */
  resetProgress(before?: (state: PersistedState) => void | Promise<void>): Promise<boolean>;
  /** Takes in what other tabs saved (the `storage` event, focus); its code loads on first use. */
  syncFromOtherTabs(): Promise<void>;
  /** Replays the stale cards (loads the scheduler when needed). */
  refresh(): Promise<void>;
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
  saveStatus: SaveStatus | null;
  dismissSaveStatus(): void;
  update: UpdateState;
  /** Applies the waiting version (set by the service-worker registration). */
  applyUpdate: (() => void) | null;
}

export type AppState = ProgressSlice & SettingsSlice & StatusSlice;
export type AppStore = StoreApi<AppState> & {
  readonly engine: Engine;
  /**
   * Resolves once the stored progress is in the store: at once, except when an older layout
   * must be read first (its reader loads then) or damaged values are being kept aside.
   */
  readonly ready: Promise<void>;
};

type Slice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const loadScheduling = (): Promise<Scheduling> =>
  Promise.all([import('../domain/scheduler.ts'), import('../domain/replay.ts')]).then(
    ([scheduler, replay]) => ({
      applyRating: scheduler.applyRating,
      replayCards: replay.replayCards,
    }),
  );

/** What the store's less frequent operations (store/intake.ts) work with. */
export interface IntakeContext {
  readonly get: () => AppState;
  readonly set: (patch: Partial<AppState>) => void;
  readonly engine: Engine;
  readonly scheduling: () => Promise<Scheduling>;
}

const intake = () => import('./intake.ts');

const createProgressSlice =
  (engine: Engine, scheduling: () => Promise<Scheduling>): Slice<ProgressSlice> =>
  (set, get) => {
    const context = (): IntakeContext => ({ get, set, engine, scheduling });

    return {
      cards: {},
      log: [],
      undone: [],
      generation: 0,
      stale: [],
      mine: [],

      importProgress: (data, mode) => intake().then((m) => m.importProgress(context(), data, mode)),

      async resetProgress(before) {
        const result = await engine.reset({ snapshot: false, before });
        if (!result.ok) return false;
        set({ ...result.view.state, stale: result.view.stale, mine: [] });
        if (result.view.stale.length) void get().refresh();
        return true;
      },

      syncFromOtherTabs: () => intake().then((m) => m.syncFromOtherTabs(context())),

      async refresh() {
        if (get().stale.length === 0) return;
        const sch = await scheduling();
        const s = get();
        if (s.stale.length === 0) return;
        engine.touchCache();
        set({ cards: sch.replayCards(s, s.stale), stale: [] });
      },
    };
  };

const createSettingsSlice =
  (engine: Engine): Slice<SettingsSlice> =>
  (set, get) => ({
    settings: DEFAULT_SETTINGS,
    updateSettings(patch) {
      const settings = get().settings;
      const changed = Object.fromEntries(
        Object.entries(patch).filter(([k, v]) => settings[k as keyof Settings] !== v),
      ) as Partial<Settings>;
      if (Object.keys(changed).length === 0) return;
      engine.noteSettings(changed);
      set({ settings: { ...settings, ...changed } });
    },
  });

const statusSlice: Slice<StatusSlice> = (set) => ({
  storageIssue: null,
  dismissStorageIssue() {
    set({ storageIssue: null });
  },
  saveStatus: null,
  dismissSaveStatus() {
    set({ saveStatus: null });
  },
  update: 'none',
  applyUpdate: null,
});

/** The allowlist of persisted keys: everything else is ephemeral. */
function persisted(state: AppState): Hydrated {
  return {
    cards: state.cards,
    log: state.log,
    undone: state.undone,
    settings: state.settings,
    generation: state.generation,
    stale: state.stale,
  };
}

export interface StoreOptions {
  /** Wall clock for stored write times and backup names; tests pass a fixed one. */
  readonly clock?: () => number;
  /** Listen for other tabs' writes (the `storage` event) and focus. Default true. */
  readonly syncTabs?: boolean;
  /** Cross-tab locks; default: the browser's Web Locks. */
  readonly locks?: Locks;
  /** How the scheduler is loaded when a card must be replayed; tests may pass it in. */
  readonly scheduling?: () => Promise<Scheduling>;
}

/** One store, built from slices, persisted once. A new instance per app (and per test). */
export function createAppStore(options: StoreOptions = {}): AppStore {
  const engine = createEngine({
    clock: options.clock ?? Date.now,
    locks: options.locks ?? webLocks(browserLockManager()),
  });
  const scheduling = options.scheduling ?? loadScheduling;

  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createProgressSlice(engine, scheduling)(...a),
        ...createSettingsSlice(engine)(...a),
        ...statusSlice(...a),
      }),
      {
        name: KEYS.main,
        storage: engine,
        partialize: persisted,
        // The layout carries its own version and migrations (store/layout.ts, legacy.ts);
        // persist's `version` is left at its default and unused.
        merge: (stored, current) => ({ ...current, ...(stored as Hydrated) }),
      },
    ),
  );
  engine.onIssue((issue) => store.setState({ storageIssue: issue }));
  engine.onSave((status) => {
    store.setState({ saveStatus: status });
    // "Saved again" is news for a moment, then it goes by itself.
    if (status.kind === 'recovered' && typeof setTimeout !== 'undefined') {
      setTimeout(() => {
        if (store.getState().saveStatus === status) store.setState({ saveStatus: null });
      }, 10_000);
    }
  });

  if (options.syncTabs !== false && typeof window !== 'undefined') {
    const sync = () => store.getState().syncFromOtherTabs();
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(KEYS.main)) void sync();
    });
    // Writes refused earlier are tried again when the learner comes back.
    window.addEventListener('focus', () => {
      void sync();
      engine.flush();
    });
  }
  const hydrated = new Promise<void>((resolve) => {
    if (store.persist.hasHydrated()) resolve();
    else store.persist.onFinishHydration(() => resolve());
  });
  return Object.assign(store, { engine, ready: hydrated.then(() => engine.settled()) });
}
