import type { AppStore } from '../store/app-store.ts';
import type { WriteFailure } from '../store/storage.ts';
import { readSyncConfig, type SyncConfig, writeSyncConfig } from '../store/sync-config.ts';

/**
 * Turns sync on and off for this page. The sync code (Yjs, its providers) loads only here,
 * and only when sync is on: with sync off nothing loads and no request leaves the page.
 */
let stop: (() => void) | null = null;
let starting: Promise<void> | null = null;

async function run(store: AppStore, config: SyncConfig): Promise<void> {
  const { startSync } = await import('../store/sync.ts');
  stop?.();
  stop = startSync(store, config);
}

/** At start: sync again if this device had it on. */
export function resumeSync(store: AppStore): Promise<void> {
  const config = readSyncConfig();
  if (!config) return Promise.resolve();
  starting ??= run(store, config);
  return starting;
}

/** Keeps the settings on this device and starts syncing; why not, if storage refused them. */
export async function enableSync(
  store: AppStore,
  config: SyncConfig,
): Promise<WriteFailure | null> {
  const failure = writeSyncConfig(config);
  if (failure) return failure;
  starting = run(store, config);
  await starting;
  return null;
}

/** Stops syncing and forgets the settings; the progress on this device stays as it is. */
export function disableSync(): void {
  stop?.();
  stop = null;
  starting = null;
  writeSyncConfig(null);
}
