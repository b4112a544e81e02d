import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore } from 'zustand';
import type { AppStore } from './app-store.ts';
import { mergeRemote } from './intake.ts';
import { scheduling } from './review-actions.ts';
import { type SyncConfig, serverUrl } from './sync-config.ts';
import { incomingFrom, LOCAL, pushProgress, settingsFrom } from './sync-doc.ts';

/**
 * Sync between devices on Yjs (loaded only when sync is on). The shared document holds the
 * review log (entry id → entry), the undo markers (entry id), and the settings (setting →
 * [value, when changed], the later change wins). Card states are never shared: each device
 * replays the log, so all compute the same states. The document keeps its own copy in
 * IndexedDB (y-indexeddb), so a device sends the server only what it lacks; the progress in
 * localStorage stays the app's state, and the two are reconciled by entry id with the rules
 * two tabs follow (store/intake.ts, mergeRemote).
 */

/** Close codes of scripts/sync-server.mjs. */
const CLOSE_BAD_TOKEN = 4401;
const CLOSE_BAD_KEY = 4404;
const DELAY_MS = 150;

export type SyncState = 'connecting' | 'connected' | 'offline' | 'bad-token' | 'bad-key';

export interface SyncStatus {
  readonly state: SyncState;
  /** When the server last had everything this device has. */
  readonly lastSyncedAt: number | null;
  /** Reviews and undos made here that the server has not confirmed yet. */
  readonly waiting: number;
  /** Entries in the document that could not be read (from a damaged or newer device). */
  readonly unreadable: number;
}

export const syncStatus = createStore<SyncStatus>()(() => ({
  state: 'connecting',
  lastSyncedAt: null,
  waiting: 0,
  unreadable: 0,
}));

/** The WebSocket address of the server's sync endpoint (`/sync`), from its http(s) origin. */
export function syncSocketUrl(server: string, here: string): string {
  const base = serverUrl(server) ?? new URL(here);
  return `${base.protocol === 'https:' ? 'wss:' : 'ws:'}//${base.host}/sync`;
}

/** Starts syncing `store` through `config`; returns the stop (local data stays). */
export function startSync(
  store: AppStore,
  config: SyncConfig,
  clock: () => number = Date.now,
): () => void {
  const doc = new Y.Doc();
  const local =
    typeof indexedDB === 'undefined'
      ? null
      : new IndexeddbPersistence(`apigw-flashcards-sync-${config.key}`, doc);
  const provider = new WebsocketProvider(
    syncSocketUrl(config.server, globalThis.location?.href ?? 'http://localhost/'),
    config.key,
    doc,
    { params: { token: config.token } },
  );
  syncStatus.setState({ state: 'connecting', waiting: 0, unreadable: 0 });
  let waiting = 0;

  /** Local → document: what the document lacks (new reviews, undos, later settings). */
  function push() {
    const added = pushProgress(doc, store.getState(), store.engine.settingRecords());
    if (added > 0 && !(provider.wsconnected && provider.synced)) {
      waiting += added;
      syncStatus.setState({ waiting });
    }
  }

  /** Document → local: other devices' reviews and undos (as a tab's), and later settings. */
  async function pull() {
    const s = store.getState();
    const { unreadable, ...incoming } = incomingFrom(doc, s);
    if (incoming.entries.length > 0 || incoming.undone.length > 0) {
      await mergeRemote(
        {
          get: store.getState,
          set: store.setState,
          engine: store.engine,
          scheduling: async () => scheduling,
        },
        incoming,
      );
    }
    const patch = settingsFrom(doc, store.engine.settingRecords(), store.getState().settings);
    if (Object.keys(patch).length > 0) store.getState().updateSettings(patch);
    syncStatus.setState({ unreadable });
  }

  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  let pulling: Promise<void> = Promise.resolve();
  let pullTimer: ReturnType<typeof setTimeout> | null = null;
  const schedulePush = () => {
    pushTimer ??= setTimeout(() => {
      pushTimer = null;
      push();
    }, DELAY_MS);
  };
  const schedulePull = () => {
    pullTimer ??= setTimeout(() => {
      pullTimer = null;
      pulling = pulling.then(pull, pull);
    }, DELAY_MS);
  };

  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL) schedulePull();
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.log !== prev.log || s.undone !== prev.undone || s.settings !== prev.settings) {
      schedulePush();
    }
  });
  provider.on('status', ({ status }: { status: string }) => {
    const state = syncStatus.getState().state;
    if (state === 'bad-token' || state === 'bad-key') return;
    syncStatus.setState({
      state:
        status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
    });
  });
  provider.on('sync', (synced: boolean) => {
    if (!synced) return;
    // Everything this device had is in the server's copy now.
    push();
    waiting = 0;
    syncStatus.setState({ lastSyncedAt: clock(), waiting: 0 });
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    const code = event?.code;
    if (code === CLOSE_BAD_TOKEN || code === CLOSE_BAD_KEY) {
      // Trying again cannot help: stop, and say why.
      provider.shouldConnect = false;
      syncStatus.setState({ state: code === CLOSE_BAD_TOKEN ? 'bad-token' : 'bad-key' });
    }
  });
  void local?.whenSynced.then(() => {
    schedulePull();
    schedulePush();
  });
  if (!local) schedulePush();

  return () => {
    unsubscribe();
    if (pushTimer) clearTimeout(pushTimer);
    if (pullTimer) clearTimeout(pullTimer);
    push();
    provider.destroy();
    void local?.destroy();
    doc.destroy();
  };
}
