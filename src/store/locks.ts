/**
 * Cross-tab coordination through the Web Locks API (`navigator.locks`: Chromium, Firefox,
 * Safari 15.4+). Two uses:
 * - one exclusive lock for the operations that delete or replace stored values of other
 *   tabs (compaction, reset, replace): one tab at a time, after reading everything;
 * - a lock per writer, held for the page's life: a writer whose lock is free has closed,
 *   so its chunks will never be written again and may be folded into others.
 * Where the API is missing, the exclusive lock runs at once and liveness is unknown; the
 * engine then treats only long-untouched chunks as closed (see `STALE_WRITER_MS`).
 */

export interface Locks {
  /** Runs `fn` while no other tab holds the app's lock. */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T>;
  /** Holds `writer`'s lock until the page goes away; resolves once it is held. */
  holdWriter(writer: string): Promise<void>;
  /** Writers whose tabs are open now, or null when that cannot be known. */
  liveWriters(): Promise<ReadonlySet<string> | null>;
}

/** The subset of the Web Locks API the app uses (so tests can supply their own). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T> | T): Promise<T>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

const APP_LOCK = 'apigw-flashcards';
const WRITER_LOCK = 'apigw-flashcards:writer:';

export function webLocks(manager: LockManagerLike | null | undefined): Locks {
  if (!manager) {
    return {
      exclusive: async (fn) => fn(),
      holdWriter: async () => {},
      liveWriters: async () => null,
    };
  }
  return {
    exclusive: (fn) => manager.request(APP_LOCK, fn),
    holdWriter: (writer) =>
      new Promise<void>((held) => {
        void manager.request(`${WRITER_LOCK}${writer}`, () => {
          held();
          // Never released: the lock goes when the page does.
          return new Promise<never>(() => {});
        });
      }),
    liveWriters: async () => {
      const { held = [] } = await manager.query();
      const live = new Set<string>();
      for (const lock of held) {
        if (lock.name?.startsWith(WRITER_LOCK)) live.add(lock.name.slice(WRITER_LOCK.length));
      }
      return live;
    },
  };
}

/** The browser's lock manager, if it has one. */
export function browserLockManager(): LockManagerLike | null {
  if (typeof navigator === 'undefined') return null;
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  return locks ?? null;
}
