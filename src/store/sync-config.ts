import { KEYS } from './schema.ts';
import { safeStorage, type WriteFailure } from './storage.ts';

/**
 * This device's sync settings, kept apart from the progress (they are the device's own:
 * never synced, never in a backup). Present only while sync is on.
 */
export interface SyncConfig {
  /** The sync server's address (`https://host:port`); empty: the app's own origin. */
  readonly server: string;
  /** The learner's document: 32 random lowercase letters and digits. */
  readonly key: string;
  /** The server's token (from its SYNC_TOKEN). */
  readonly token: string;
}

export const SYNC_KEY = /^[0-9a-z]{32,64}$/;

export function isSyncConfig(x: unknown): x is SyncConfig {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.server === 'string' &&
    c.server.length <= 200 &&
    (c.server === '' || serverUrl(c.server) !== null) &&
    typeof c.key === 'string' &&
    SYNC_KEY.test(c.key) &&
    typeof c.token === 'string' &&
    c.token.length > 0 &&
    c.token.length <= 200
  );
}

/** The server as an http(s) origin, or null when it is not one. */
export function serverUrl(server: string): URL | null {
  try {
    const url = new URL(server);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function readSyncConfig(): SyncConfig | null {
  const r = safeStorage.read(KEYS.sync);
  if (!r.ok || r.value === null) return null;
  try {
    const c: unknown = JSON.parse(r.value);
    return isSyncConfig(c) ? c : null;
  } catch {
    return null;
  }
}

export function writeSyncConfig(config: SyncConfig | null): WriteFailure | null {
  if (config === null) {
    safeStorage.remove(KEYS.sync);
    return null;
  }
  const r = safeStorage.write(KEYS.sync, JSON.stringify(config));
  return r.ok ? null : r.reason;
}

/** A new sync key: 32 characters from the platform's generator (about 165 bits). */
export function newSyncKey(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let key = '';
  for (const b of bytes) key += (b % 36).toString(36);
  return key;
}
