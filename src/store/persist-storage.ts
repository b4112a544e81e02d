import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ReviewEntry } from '../domain/card-state';
import {
  CHUNK_PREFIX,
  CHUNK_SIZE,
  type Decoded,
  type DecodeFailure,
  decodeStored,
  encodeChunk,
  encodeMain,
} from './layout';
import { BACKUP_PREFIX, type PersistedState, SCHEMA_VERSION } from './schema';
import { safeStorage, type WriteFailure } from './storage';

export type CorruptReason = DecodeFailure;

export type StorageIssue =
  | {
      readonly kind: 'corrupt';
      readonly reason: CorruptReason;
      /** Where validation failed, e.g. "log.3.rating". */
      readonly detail: string | null;
      /** Where the unreadable value was copied; null when even that failed. */
      readonly backupKey: string | null;
      /** The unreadable value itself (with its log chunks), so the learner can download it. */
      readonly raw: string;
    }
  | { readonly kind: 'write-failed'; readonly reason: WriteFailure }
  | { readonly kind: 'unavailable' }
  /** Another tab runs a newer version of the app and saved data this one cannot read. */
  | { readonly kind: 'newer-elsewhere' };

type IssueListener = (issue: StorageIssue | null) => void;

/**
 * The persist adapter. Reads decode through `decodeStored` (store/layout.ts); a value that
 * fails is copied under a backup key before anything can overwrite it. Writes touch only
 * what changed (the open log chunk and the main value for a rating; nothing for a change
 * of ephemeral UI state) and pause for good when the only copy of unreadable data, or a
 * newer app's data, would be overwritten.
 */
export interface GuardedStorage extends PersistStorage<PersistedState> {
  /**
   * What another tab wrote since this one last read or wrote: the decoded state, or null
   * when nothing changed (or it could not be used; that is reported).
   */
  readExternal(): PersistedState | null;
  /** Copies the current stored value under a backup key; returns the key, or null. */
  backupCurrent(): string | null;
  /** Receives issues, including any raised before the store subscribed. */
  onIssue(listener: IssueListener): void;
}

const readKey = (key: string) => {
  const r = safeStorage.read(key);
  return r.ok ? r.value : null;
};

/** The main value with every log chunk it lists: what a backup of stored data must hold. */
function bundle(raw: string): string {
  const chunks: Record<string, string | null> = {};
  for (const key of safeStorage.keys(CHUNK_PREFIX)) chunks[key] = readKey(key);
  return Object.keys(chunks).length ? JSON.stringify({ main: raw, chunks }) : raw;
}

function randomTag(): string {
  return Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
}

/** How many leading entries two logs share (by identity; the log is append-mostly). */
function commonPrefix(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): number {
  const n = Math.min(a.length, b.length);
  if (n > 0 && a[n - 1] === b[n - 1]) return n;
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

export function createGuardedStorage(name: string, clock: () => number): GuardedStorage {
  let lastSeen: string | null = null;
  let lastAttempt: PersistedState | null = null;
  // What the stored chunks hold, so a write can skip what has not changed.
  let written: { log: readonly ReviewEntry[]; ids: string[]; chunks: string[] } = {
    log: [],
    ids: [],
    chunks: [],
  };
  let blocked = false;
  let failing = false;
  let listener: IssueListener | null = null;
  const pending: (StorageIssue | null)[] = [];

  const report = (issue: StorageIssue | null) => {
    if (listener) listener(issue);
    else pending.push(issue);
  };

  const copyAside = (raw: string): string | null => {
    const key = `${BACKUP_PREFIX}${clock()}`;
    return safeStorage.write(key, raw).ok ? key : null;
  };

  const quarantine = (raw: string, reason: CorruptReason, detail: string | null) => {
    // A newer version of the app wrote this: keep it in place and never overwrite it.
    if (reason === 'future-version') blocked = true;
    const everything = bundle(raw);
    const backupKey = copyAside(everything);
    // Without a copy, the only copy is the one in place: never overwrite it.
    if (!backupKey) blocked = true;
    report({ kind: 'corrupt', reason, detail, backupKey, raw: everything });
  };

  const adopt = (d: Decoded) => {
    written = { log: d.state.log, ids: [...d.ids], chunks: [...d.chunks] };
  };

  const writeState = (key: string, state: PersistedState): boolean => {
    const ids = [...written.ids];
    const index = new Map(ids.map((id, i) => [id, i]));
    for (const e of state.log) {
      if (!index.has(e.cardId)) {
        index.set(e.cardId, ids.length);
        ids.push(e.cardId);
      }
    }
    const log = state.log;
    const same = commonPrefix(written.log, log);
    const first = Math.floor(same / CHUNK_SIZE);
    const count = Math.ceil(log.length / CHUNK_SIZE);
    const chunks = written.chunks.slice(0, first);
    const fresh: string[] = [];
    for (let c = first; c < count; c++) {
      const entries = log.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE);
      // Appending to a chunk keeps its key (the stored prefix stays what the old main
      // value points at); any other change writes a new key.
      const appendOnly =
        c < written.chunks.length && same >= Math.min(written.log.length, (c + 1) * CHUNK_SIZE);
      const chunkKey = appendOnly
        ? (written.chunks[c] as string)
        : `${c.toString(36)}-${randomTag()}`;
      const result = safeStorage.write(`${CHUNK_PREFIX}${chunkKey}`, encodeChunk(entries, index));
      if (!result.ok) return fail(result.reason);
      if (!appendOnly) fresh.push(chunkKey);
      chunks.push(chunkKey);
    }
    const text = encodeMain(state, ids, chunks);
    const result = safeStorage.write(key, text);
    if (!result.ok) return fail(result.reason);
    lastSeen = text;
    written = { log, ids, chunks };
    // Chunks no longer listed are unreachable now; remove them.
    const live = new Set(chunks.map((c) => `${CHUNK_PREFIX}${c}`));
    for (const k of safeStorage.keys(CHUNK_PREFIX)) if (!live.has(k)) safeStorage.remove(k);
    return true;
  };

  const fail = (reason: WriteFailure): false => {
    failing = true;
    report({ kind: 'write-failed', reason });
    return false;
  };

  return {
    getItem(key): StorageValue<PersistedState> | null {
      const read = safeStorage.read(key);
      if (!read.ok) {
        blocked = true;
        report({ kind: 'unavailable' });
        return null;
      }
      lastSeen = read.value;
      if (read.value === null) return null;
      const result = decodeStored(read.value, readKey);
      if (!result.ok) {
        quarantine(read.value, result.reason, result.detail);
        return null;
      }
      adopt(result.decoded);
      return { state: result.decoded.state, version: SCHEMA_VERSION };
    },

    setItem(key, value) {
      if (blocked) return;
      const s = value.state;
      if (
        lastAttempt &&
        lastAttempt.cards === s.cards &&
        lastAttempt.log === s.log &&
        lastAttempt.undone === s.undone &&
        lastAttempt.settings === s.settings &&
        lastAttempt.generation === s.generation
      ) {
        return;
      }
      lastAttempt = s;
      if (writeState(key, s) && failing) {
        failing = false;
        report(null);
      }
    },

    removeItem(key) {
      safeStorage.remove(key);
      for (const k of safeStorage.keys(CHUNK_PREFIX)) safeStorage.remove(k);
    },

    readExternal() {
      if (blocked) return null;
      const read = safeStorage.read(name);
      if (!read.ok || read.value === null || read.value === lastSeen) return null;
      lastSeen = read.value;
      const result = decodeStored(read.value, readKey);
      if (result.ok) {
        adopt(result.decoded);
        return result.decoded.state;
      }
      if (result.reason === 'future-version') {
        blocked = true;
        report({ kind: 'newer-elsewhere' });
        return null;
      }
      quarantine(read.value, result.reason, result.detail);
      return null;
    },

    backupCurrent() {
      const read = safeStorage.read(name);
      if (!read.ok) return null;
      if (read.value === null) return '';
      return copyAside(bundle(read.value));
    },

    onIssue(l) {
      listener = l;
      for (const issue of pending.splice(0)) l(issue);
    },
  };
}
