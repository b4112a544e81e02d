import type { ReviewEntry } from '../domain/card-state.ts';
import { type EngineCore, type OpenChunk, registerWriter, type SealedChunk } from './engine.ts';
import { chunksFingerprint } from './layout.ts';
import { EntryEncoder, encodeChunk, encodeMain } from './layout-write.ts';
import { KEYS } from './schema.ts';
import { safeStorage, type WriteFailure } from './storage.ts';

/**
 * The engine's writing half (store/engine.ts reads and keeps what waits). It registers
 * itself as it loads: the study pages import it with themselves, so a rating is stored
 * before the next card shows; any other page loads it on its first save.
 */

/** Retries of a refused write: after these delays, then every minute. */
const RETRY_MS = [2000, 5000, 15_000, 30_000, 60_000];

function scheduleRetry(core: EngineCore) {
  if (core.retryTimer !== null || typeof setTimeout === 'undefined') return;
  const delay = RETRY_MS[Math.min(core.retries, RETRY_MS.length - 1)] as number;
  core.retries++;
  core.retryTimer = setTimeout(() => {
    core.retryTimer = null;
    core.flush();
  }, delay);
}

/** A save was refused: tell the learner (unless quiet) and try again later. */
function failed(core: EngineCore, reason: WriteFailure): false {
  if (core.quiet) return false;
  core.failing = reason;
  const { sealed, open } = core;
  const unsaved = sealed.reduce((n, c) => n + c.unsaved, 0) + (open.count - open.saved);
  core.reportSave({ kind: 'failed', reason, unsaved });
  scheduleRetry(core);
  return false;
}

/** Everything is stored: say so if it had failed, and stop retrying. */
function stored(core: EngineCore) {
  if (core.failing) {
    core.failing = null;
    core.reportSave({ kind: 'recovered' });
  }
  if (core.mainDirty) return;
  if (core.retryTimer !== null) {
    clearTimeout(core.retryTimer);
    core.retryTimer = null;
  }
  core.retries = 0;
}

/** The open chunk's entries, encoded as they come: a rating encodes one entry, not 250. */
const encoders = new WeakMap<OpenChunk, EntryEncoder>();

function openText(core: EngineCore, now: number): string {
  const { open } = core;
  let encoder = encoders.get(open);
  if (!encoder) {
    encoder = new EntryEncoder();
    encoders.set(open, encoder);
  }
  for (let i = encoder.count; i < open.entries.length; i++)
    encoder.add(open.entries[i] as ReviewEntry);
  return encodeChunk(
    {
      writer: core.writer,
      generation: open.generation,
      written: now,
      entries: [],
      undone: open.undone,
      settings: open.settings,
      reset: open.reset,
    },
    encoder,
  );
}

function sealedText(c: SealedChunk, now: number): string {
  return encodeChunk({ ...c.chunk, written: c.chunk.written || now });
}

/** Stores this tab's waiting chunks (in order), then the cache; true when all is stored. */
function writeAll(core: EngineCore): boolean {
  const { sealed } = core;
  while (sealed.length > 0) {
    const c = sealed[0] as SealedChunk;
    const fail = core.store(`${KEYS.chunkPrefix}${c.name}`, sealedText(c, core.clock()));
    if (fail) return failed(core, fail);
    sealed.shift();
    core.noteOwn(c.name, c.chunk.generation, c.chunk.entries.length, c.chunk.undone.length);
  }
  const { open } = core;
  if (open.dirty) {
    const fail = core.store(`${KEYS.chunkPrefix}${open.name}`, openText(core, core.clock()));
    if (fail) return failed(core, fail);
    open.dirty = false;
    open.saved = open.count;
    core.noteOwn(open.name, open.generation, open.count, open.undone.length);
  }
  if (core.retire.length > 0) {
    for (const name of core.retire) safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
    core.retire = [];
  }
  const { current } = core;
  if (core.mainDirty && current && !core.blockedMain) {
    const text = encodeMain({
      generation: core.generation,
      settings: current.settings,
      cards: current.cards,
      reset: core.reset,
      fp: current.stale.length > 0 ? null : chunksFingerprint(core.chunkInfo.values()),
    });
    // The main value is a cache: if it cannot be written, nothing is lost (a reader
    // replays the cards it lacks); it is tried again later, without alarming anyone.
    if (core.store(KEYS.main, text) === null) core.mainDirty = false;
    else scheduleRetry(core);
  }
  stored(core);
  return true;
}

registerWriter({ writeAll });
