import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { BACKUP_PREFIX, type MigrationFailure, type PersistedState } from './schema';
import { safeStorage, type WriteFailure } from './storage';

export type CorruptReason = 'not-json' | 'bad-shape' | 'invalid' | MigrationFailure;

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
  | { readonly kind: 'unavailable' };

type IssueListener = (issue: StorageIssue | null) => void;

/**
 * The persist adapter: reads and writes the store through `safeStorage`, keeps an
 * unreadable stored value under a backup key before anything can overwrite it, and
 * skips writes when nothing persisted has changed (ephemeral UI state changes often).
 */
export interface GuardedStorage extends PersistStorage<PersistedState> {
  /** Copies the last raw value read under a backup key and reports it. */
  quarantine(reason: CorruptReason, detail?: string): void;
  /** Receives issues, including any raised before the store subscribed. */
  onIssue(listener: IssueListener): void;
}

export function createGuardedStorage(clock: () => number): GuardedStorage {
  let lastRaw: string | null = null;
  let lastAttempt: PersistedState | null = null;
  let blocked = false;
  let failing = false;
  let listener: IssueListener | null = null;
  const pending: (StorageIssue | null)[] = [];

  const report = (issue: StorageIssue | null) => {
    if (listener) listener(issue);
    else pending.push(issue);
  };

  const quarantine = (reason: CorruptReason, detail?: string) => {
    const raw = lastRaw ?? '';
    const backupKey = `${BACKUP_PREFIX}${clock()}`;
    const saved = safeStorage.write(backupKey, raw);
    // Without a copy, the only copy is the one under the main key: never overwrite it.
    if (!saved.ok) blocked = true;
    report({
      kind: 'corrupt',
      reason,
      detail: detail ?? null,
      backupKey: saved.ok ? backupKey : null,
      raw,
    });
  };

  return {
    getItem(name): StorageValue<PersistedState> | null {
      const read = safeStorage.read(name);
      if (!read.ok) {
        blocked = true;
        report({ kind: 'unavailable' });
        return null;
      }
      lastRaw = read.value;
      if (read.value === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(read.value);
      } catch {
        quarantine('not-json');
        return null;
      }
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        !('state' in parsed) ||
        !('version' in parsed) ||
        typeof parsed.version !== 'number'
      ) {
        quarantine('bad-shape');
        return null;
      }
      // Shape checked; contents are validated after migration, in the store's merge.
      return parsed as StorageValue<PersistedState>;
    },

    setItem(name, value) {
      if (blocked) return;
      const s = value.state;
      if (
        lastAttempt &&
        lastAttempt.cards === s.cards &&
        lastAttempt.log === s.log &&
        lastAttempt.settings === s.settings
      ) {
        return;
      }
      lastAttempt = s;
      const result = safeStorage.write(name, JSON.stringify(value));
      if (!result.ok) {
        failing = true;
        report({ kind: 'write-failed', reason: result.reason });
      } else if (failing) {
        failing = false;
        report(null);
      }
    },

    removeItem(name) {
      safeStorage.remove(name);
    },

    quarantine,

    onIssue(l) {
      listener = l;
      for (const issue of pending.splice(0)) l(issue);
    },
  };
}
