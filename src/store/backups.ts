import { entryHash } from '../domain/log.ts';
import { BACKUP_FORMAT } from './backup-format.ts';
import type { Damage } from './read-storage.ts';
import { KEYS, SCHEMA_VERSION } from './schema.ts';
import { safeStorage } from './storage.ts';

/**
 * Copies of stored values kept aside under `apigw-flashcards:backup:*`: values that could
 * not be read whole (damage), and everything before a replace. Each is a file of stored
 * values that the app's own import reads back (store/backup.ts, kind "storage"), and each
 * distinct value is kept once, however often it is met.
 */

export type BackupReason = 'damaged' | 'replaced' | 'older';

export interface StorageDump {
  readonly format: typeof BACKUP_FORMAT;
  readonly kind: 'storage';
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly exportedAt: number;
  readonly reason: BackupReason;
  /** Stored keys and their values, exactly as they were. */
  readonly items: Readonly<Record<string, string>>;
}

export function buildDump(
  items: Readonly<Record<string, string>>,
  reason: BackupReason,
  now: number,
): string {
  const dump: StorageDump = {
    format: BACKUP_FORMAT,
    kind: 'storage',
    schemaVersion: SCHEMA_VERSION,
    appVersion: __APP_VERSION__,
    exportedAt: now,
    reason,
    items,
  };
  return JSON.stringify(dump);
}

/** The key a set of values is kept under: the same values, the same key. */
function keyFor(items: Readonly<Record<string, string>>): string {
  const text = JSON.stringify(Object.entries(items).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${KEYS.backupPrefix}${entryHash(text).toString(36)}${text.length.toString(36)}`;
}

/**
 * Keeps `items` aside (once: a copy already there is reused); returns its key, or null when
 * storage refused it.
 */
export function keepAside(
  items: Readonly<Record<string, string>>,
  reason: BackupReason,
  now: number,
): string | null {
  const key = keyFor(items);
  const there = safeStorage.read(key);
  if (there.ok && there.value !== null) return key;
  return safeStorage.write(key, buildDump(items, reason, now)).ok ? key : null;
}

export interface StoredBackup {
  readonly key: string;
  readonly reason: BackupReason;
  /** When it was kept (epoch ms); null for a copy whose time is unknown. */
  readonly savedAt: number | null;
  readonly bytes: number;
}

/**
 * A kept value as a dump. Version 2 of the app kept the raw main value, or `{ main,
 * chunks }`, under `apigw-flashcards:backup:<time>`: those are read as dumps too.
 */
export function readKept(key: string): StorageDump | null {
  const read = safeStorage.read(key);
  if (!read.ok || read.value === null) return null;
  const raw = read.value;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { format?: unknown }).format === BACKUP_FORMAT &&
      (parsed as { kind?: unknown }).kind === 'storage'
    ) {
      return parsed as StorageDump;
    }
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { main?: unknown }).main === 'string' &&
      typeof (parsed as { chunks?: unknown }).chunks === 'object'
    ) {
      const { main, chunks } = parsed as { main: string; chunks: Record<string, unknown> };
      const items: Record<string, string> = { [KEYS.main]: main };
      for (const [k, value] of Object.entries(chunks ?? {})) {
        if (typeof value === 'string') items[k] = value;
      }
      return olderDump(key, items);
    }
  } catch {
    // Not JSON: the raw main value of an older version.
  }
  return olderDump(key, { [KEYS.main]: raw });
}

function olderDump(key: string, items: Record<string, string>): StorageDump {
  const time = Number(key.slice(KEYS.backupPrefix.length));
  return {
    format: BACKUP_FORMAT,
    kind: 'storage',
    schemaVersion: 2,
    appVersion: '',
    exportedAt: Number.isSafeInteger(time) && time > 0 ? time : 0,
    reason: 'older',
    items,
  };
}

export function listKept(): StoredBackup[] {
  const out: StoredBackup[] = [];
  for (const key of safeStorage.keys(KEYS.backupPrefix)) {
    const dump = readKept(key);
    if (!dump) continue;
    const read = safeStorage.read(key);
    out.push({
      key,
      reason: dump.reason,
      savedAt: dump.exportedAt > 0 ? dump.exportedAt : null,
      bytes: read.ok && read.value ? read.value.length : 0,
    });
  }
  return out.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
}

export function removeKept(key: string): boolean {
  return key.startsWith(KEYS.backupPrefix) && safeStorage.remove(key);
}

/** Reviews lost to damage, and how many damaged values held an unknown number. */
export function lostReviews(damage: readonly Damage[]): { lost: number; unknown: number } {
  let lost = 0;
  let unknown = 0;
  for (const d of damage) {
    if (d.lost === null) unknown++;
    else lost += d.lost;
  }
  return { lost, unknown };
}
