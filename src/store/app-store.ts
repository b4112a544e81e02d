import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import type { CardState, Grade, ReviewEntry } from '../domain/card-state';
import { applyRating, undoRating } from '../domain/scheduler';
import { newEntryId } from './ids';
import { createGuardedStorage, type GuardedStorage, type StorageIssue } from './persist-storage';
import {
  DEFAULT_SETTINGS,
  migrate,
  type PersistedState,
  SCHEMA_VERSION,
  type Settings,
  STORAGE_KEY,
  validatePersisted,
} from './schema';

interface ProgressSlice {
  cards: Readonly<Record<string, CardState>>;
  log: readonly ReviewEntry[];
  /** Records an answer to `cardId` made at `now`; returns the new log entry. */
  rate(cardId: string, rating: Grade, now: number): ReviewEntry;
  /** Undoes the last answer in the log; returns it, or null when the log is empty. */
  undo(): ReviewEntry | null;
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

const progressSlice: Slice<ProgressSlice> = (set, get) => ({
  cards: {},
  log: [],
  rate(cardId, rating, now) {
    const { cards, log, settings } = get();
    const { card, entry } = applyRating(
      cardId,
      cards[cardId],
      rating,
      now,
      newEntryId(now),
      settings.retention,
    );
    set({ cards: { ...cards, [cardId]: card }, log: [...log, entry] });
    return entry;
  },
  undo() {
    const { cards, log } = get();
    const last = log.at(-1);
    if (!last) return null;
    const current = cards[last.cardId];
    const next = { ...cards };
    const restored = current ? undoRating(current, last) : undefined;
    if (restored) next[last.cardId] = restored;
    else delete next[last.cardId];
    set({ cards: next, log: log.slice(0, -1) });
    return last;
  },
});

const settingsSlice: Slice<SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings(patch) {
    set({ settings: { ...get().settings, ...patch } });
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
  return { cards: state.cards, log: state.log, settings: state.settings };
}

const MIGRATION_FAILED = Symbol('migration failed');
type MigrationMarker = { [MIGRATION_FAILED]: 'future-version' | 'unknown-version' };

export interface StoreOptions {
  /** Wall clock for backup-key names; tests pass a fixed one. */
  readonly clock?: () => number;
  readonly storage?: GuardedStorage;
}

/** One store, built from slices, persisted once. A new instance per app (and per test). */
export function createAppStore(options: StoreOptions = {}): AppStore {
  const storage = options.storage ?? createGuardedStorage(options.clock ?? Date.now);
  const store = createStore<AppState>()(
    persist((...a) => ({ ...progressSlice(...a), ...settingsSlice(...a), ...statusSlice(...a) }), {
      name: STORAGE_KEY,
      version: SCHEMA_VERSION,
      storage,
      partialize: persisted,
      migrate(state, version) {
        const result = migrate(state, version);
        if (result.ok) return result.state as PersistedState;
        return { [MIGRATION_FAILED]: result.reason } as unknown as PersistedState;
      },
      merge(stored, current) {
        if (stored === undefined) return current;
        if (typeof stored === 'object' && stored !== null && MIGRATION_FAILED in stored) {
          storage.quarantine((stored as MigrationMarker)[MIGRATION_FAILED]);
          return current;
        }
        const checked = validatePersisted(stored);
        if (!checked.ok) {
          storage.quarantine('invalid', checked.detail);
          return current;
        }
        return { ...current, ...checked.state };
      },
    }),
  );
  storage.onIssue((issue) => store.setState({ storageIssue: issue }));
  return store;
}
