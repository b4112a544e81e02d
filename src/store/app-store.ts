import { createStore, type StateCreator, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import { type Grade, ownCard, type ReviewEntry, type TrackedCard } from '../domain/card-state';
import { addToBasis, basisOf, insertEntry } from '../domain/log';
import { fileIncoming, reconcile } from '../domain/reconcile';
import type { BackupProgress } from './backup';
import {
  createEngine,
  type Engine,
  type External,
  type Hydrated,
  type SaveStatus,
  type StorageIssue,
} from './engine';
import { newEntryId } from './ids';
import { browserLockManager, type Locks, webLocks } from './locks';
import { DEFAULT_SETTINGS, KEYS, type PersistedState, type Settings } from './schema';

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
  /** Ids of the reviews this tab made since it opened: the ones undo may take back. */
  mine: readonly string[];
  /** Records an answer to `cardId` at `now` and stores it before returning. */
  record(cardId: string, rating: Grade, now: number, scheduling: Scheduling): ReviewEntry;
  /**
   * Takes back this tab's last answer that is still in the log (never another tab's);
   * returns it, or null when there is none.
   */
  undo(scheduling: Scheduling): ReviewEntry | null;
  /** Applies a validated backup: merged with what is here, or replacing it (after a copy). */
  importProgress(data: BackupProgress, mode: ImportMode): Promise<ImportResult>;
  /**
   * Deletes every card state and review and starts a new generation, so other tabs drop
   * the old history instead of merging it back. Settings stay. `before` runs under the
   * cross-tab lock with exactly what is about to go (to download it); if it throws,
   * nothing changes.
   */
  resetProgress(before?: (state: PersistedState) => void | Promise<void>): Promise<boolean>;
  /** Takes in what other tabs saved (the `storage` event, focus). */
  syncFromOtherTabs(): void;
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
export type AppStore = StoreApi<AppState> & { readonly engine: Engine };

type Slice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const loadScheduling = (): Promise<Scheduling> =>
  Promise.all([import('../domain/scheduler'), import('../domain/replay')]).then(
    ([scheduler, replay]) => ({
      applyRating: scheduler.applyRating,
      replayCards: replay.replayCards,
    }),
  );

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

const createProgressSlice =
  (engine: Engine, scheduling: () => Promise<Scheduling>): Slice<ProgressSlice> =>
  (set, get) => {
    /** Applies what other tabs saved; replays what neither side holds the replay of. */
    const takeIn = (change: External) => {
      const s = get();
      if (change.kind === 'switch') {
        const { view, carried } = change;
        let progress = view.state;
        let stale = view.stale;
        const r = reconcile(progress, { entries: carried, undone: [] });
        if (r) {
          progress = { ...progress, ...r.progress };
          stale = union(stale, r.stale);
        }
        set({
          cards: progress.cards,
          log: progress.log,
          undone: progress.undone,
          generation: view.state.generation,
          settings: view.state.settings,
          stale: union(
            stale,
            carried.map((e) => e.cardId),
          ),
          mine: s.mine.filter((id) => carried.some((e) => e.id === id)),
        });
      } else {
        const r = reconcile(s, change.incoming);
        const patch: Partial<AppState> = {};
        if (r) {
          patch.cards = r.progress.cards;
          patch.log = r.progress.log;
          patch.undone = r.progress.undone;
          if (r.stale.length) patch.stale = union(s.stale, r.stale);
        }
        // A card being replayed may meanwhile have arrived, replayed, in another tab's cache.
        const theirs = change.incoming.cards;
        if (theirs && s.stale.length) {
          const log = patch.log ?? s.log;
          const cards = { ...(patch.cards ?? s.cards) };
          const left = (patch.stale ?? s.stale).filter((id) => {
            const card = ownCard(theirs, id);
            if (!card || card.basis !== basisOf(log.filter((e) => e.cardId === id))) return true;
            cards[id] = card;
            return false;
          });
          patch.cards = cards;
          patch.stale = left;
        }
        if (change.settings) patch.settings = change.settings;
        if (Object.keys(patch).length) set(patch);
      }
      if (get().stale.length) void get().refresh();
    };

    /** The card's state, replayed first if it is stale. */
    const fresh = (cardId: string, sch: Scheduling) => {
      const s = get();
      if (!s.stale.includes(cardId)) return { cards: s.cards, stale: s.stale };
      return {
        cards: sch.replayCards(s, [cardId]),
        stale: s.stale.filter((id) => id !== cardId),
      };
    };

    return {
      cards: {},
      log: [],
      undone: [],
      generation: 0,
      stale: [],
      mine: [],

      record(cardId, rating, now, sch) {
        const s = get();
        const { cards, stale } = fresh(cardId, sch);
        const current = ownCard(cards, cardId);
        const { card, entry } = sch.applyRating(
          cardId,
          current,
          rating,
          now,
          newEntryId(),
          s.settings.retention,
        );
        const before = current ? current.basis : basisOf(s.log.filter((e) => e.cardId === cardId));
        engine.append([entry]);
        set({
          cards: { ...cards, [cardId]: { ...card, basis: addToBasis(before, entry.id) } },
          log: insertEntry(s.log, entry),
          stale,
          mine: [...s.mine, entry.id],
        });
        return entry;
      },

      undo(sch) {
        const s = get();
        let at = -1;
        let id: string | undefined;
        for (let i = s.mine.length - 1; i >= 0 && at < 0; i--) {
          id = s.mine[i];
          at = s.log.findLastIndex((e) => e.id === id);
        }
        if (at < 0 || id === undefined) return null;
        const entry = s.log[at] as ReviewEntry;
        const log = s.log.slice(0, at).concat(s.log.slice(at + 1));
        engine.markUndone([entry.id]);
        set({
          log,
          undone: [...s.undone, entry.id],
          cards: sch.replayCards({ cards: s.cards, log }, [entry.cardId]),
          stale: s.stale.filter((c) => c !== entry.cardId),
          mine: s.mine.filter((m) => m !== entry.id),
        });
        return entry;
      },

      async importProgress(data, mode) {
        const sch = await scheduling();
        if (mode === 'replace') {
          const result = await engine.reset({
            snapshot: true,
            replace: { entries: fileIncoming(data).entries, settings: data.settings },
          });
          if (!result.ok) return result;
          const { view } = result;
          const cards = sch.replayCards(view.state, view.stale);
          engine.touchCache();
          set({ ...view.state, cards, stale: [], mine: [] });
          return { ok: true, added: view.state.log.length };
        }
        get().syncFromOtherTabs();
        const s = get();
        const r = reconcile(s, fileIncoming(data));
        if (!r) return { ok: true, added: 0 };
        const have = new Set(s.log.map((e) => e.id));
        const added = r.progress.log.filter((e) => !have.has(e.id));
        const touched = new Set([...r.stale, ...added.map((e) => e.cardId)]);
        engine.append(added, true);
        set({
          cards: sch.replayCards(r.progress, [...touched, ...s.stale]),
          log: r.progress.log,
          undone: r.progress.undone,
          stale: [],
        });
        return { ok: true, added: added.length };
      },

      async resetProgress(before) {
        const result = await engine.reset({ snapshot: false, before });
        if (!result.ok) return false;
        set({ ...result.view.state, stale: result.view.stale, mine: [] });
        if (result.view.stale.length) void get().refresh();
        return true;
      },

      syncFromOtherTabs() {
        const change = engine.takeExternal();
        if (change) takeIn(change);
      },

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
      if (event.key === null || event.key.startsWith(KEYS.main)) sync();
    });
    // Writes refused earlier are tried again when the learner comes back.
    window.addEventListener('focus', () => {
      sync();
      engine.flush();
    });
  }
  return Object.assign(store, { engine });
}
