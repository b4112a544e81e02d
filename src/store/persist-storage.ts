import type { PersistStorage, StorageValue } from 'zustand/middleware';
import {
  BACKUP_PREFIX,
  type DecodeFailure,
  decodeStored,
  type PersistedState,
  SCHEMA_VERSION,
} from './schema';
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
      /** The unreadable value itself, so the learner can download it. */
      readonly raw: string;
    }
  | { readonly kind: 'write-failed'; readonly reason: WriteFailure }
  | { readonly kind: 'unavailable' }
  /** Another tab runs a newer version of the app and saved data this one cannot read. */
  | { readonly kind: 'newer-elsewhere' };

type IssueListener = (issue: StorageIssue | null) => void;

/**
 * The persist adapter. Reads decode through `decodeStored`; a value that fails is copied
 * under a backup key before anything can overwrite it. Writes are skipped when nothing
 * persisted changed (ephemeral UI state changes often) and paused for good when the only
 * copy of unreadable data, or a newer app's data, would be overwritten.
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

export function createGuardedStorage(name: string, clock: () => number): GuardedStorage {
  let lastSeen: string | null = null;
  let lastAttempt: PersistedState | null = null;
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
    if (reason === 'future-version') {
      // A newer version of the app wrote this: keep it in place and never overwrite it.
      blocked = true;
    }
    const backupKey = copyAside(raw);
    // Without a copy, the only copy is the one under the main key: never overwrite it.
    if (!backupKey) blocked = true;
    report({ kind: 'corrupt', reason, detail, backupKey, raw });
  };

  const decode = (raw: string): PersistedState | null => {
    const result = decodeStored(raw);
    if (result.ok) return result.state;
    quarantine(raw, result.reason, result.detail);
    return null;
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
      const state = decode(read.value);
      return state ? { state, version: SCHEMA_VERSION } : null;
    },

    setItem(key, value) {
      if (blocked) return;
      const s = value.state;
      if (
        lastAttempt &&
        lastAttempt.cards === s.cards &&
        lastAttempt.log === s.log &&
        lastAttempt.undone === s.undone &&
        lastAttempt.settings === s.settings
      ) {
        return;
      }
      lastAttempt = s;
      const text = JSON.stringify(value);
      const result = safeStorage.write(key, text);
      if (!result.ok) {
        failing = true;
        report({ kind: 'write-failed', reason: result.reason });
        return;
      }
      lastSeen = text;
      if (failing) {
        failing = false;
        report(null);
      }
    },

    removeItem(key) {
      safeStorage.remove(key);
    },

    readExternal() {
      if (blocked) return null;
      const read = safeStorage.read(name);
      if (!read.ok || read.value === null || read.value === lastSeen) return null;
      lastSeen = read.value;
      const result = decodeStored(read.value);
      if (result.ok) return result.state;
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
      return copyAside(read.value);
    },

    onIssue(l) {
      listener = l;
      for (const issue of pending.splice(0)) l(issue);
    },
  };
}
