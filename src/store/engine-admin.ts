import type { ReviewEntry } from '../domain/card-state.ts';
import { compareEntries } from '../domain/log.ts';
import { buildDump, keepAside, lostReviews } from './backups.ts';
import {
  type EngineCore,
  type ResetOptions,
  type ResetResult,
  readItems,
  SEALED_LIMIT,
} from './engine.ts';
import './engine-write.ts';
import { attemptItems, attemptsFrom, removeKeys, writeAttempts } from './exam-attempts.ts';
import { chunksFingerprint, decodeChunk, type ResetRecord, type SettingRecord } from './layout.ts';
import { encodeChunk, encodeMain } from './layout-write.ts';
import { type ChunkInfo, LEGACY_NAME, readStorage, type StoredView } from './read-storage.ts';
import { KEYS, type SettingKey } from './schema.ts';
import { safeStorage } from './storage.ts';

/**
 * The engine's rare operations, loaded when first needed (none of them is on the way to the
 * first paint): reset and replace, compaction, migrating an older layout, and keeping
 * damaged values aside. They work on the engine's state (store/engine.ts, EngineCore).
 */

/**
 * A chunk written this recently is left alone even if its writer's lock is free: a new tab
 * writes nothing before its lock is held, but the margin costs nothing.
 */
const SETTLE_MS = 10_000;
/** Without Web Locks: a chunk untouched this long belongs to a closed tab. */
export const STALE_WRITER_MS = 60 * 60_000;
/** Stands in the stale list while a reset's cards wait for their replay (no fingerprint). */
const RESET_PENDING = '(reset)';

function isClosed(
  core: EngineCore,
  info: ChunkInfo,
  live: ReadonlySet<string> | null,
  now: number,
): boolean {
  if (info.writer === core.writer) return false;
  if (live) return !live.has(info.writer) && now - info.written > SETTLE_MS;
  return now - info.written > STALE_WRITER_MS;
}

const read = (core: EngineCore, items: ReadonlyMap<string, string>) =>
  readStorage(items, core.legacy ?? undefined);

/** Keeps damaged values aside (once each) and tells the learner what was recovered. */
export function keepDamage(core: EngineCore, view: StoredView) {
  const items: Record<string, string> = {};
  for (const d of view.damage) items[d.key] = d.raw;
  const backupKeys: string[] = [];
  let mainKept = true;
  for (const d of view.damage) {
    const key = keepAside({ [d.key]: d.raw }, 'damaged', core.clock());
    if (key) backupKeys.push(key);
    else if (d.key === KEYS.main) mainKept = false;
  }
  // Without a copy, the damaged main value is the only one: never write over it.
  if (view.damage.some((d) => d.key === KEYS.main) && mainKept) {
    core.blockedMain = false;
    core.mainDirty = true;
  }
  const { lost, unknown } = lostReviews(view.damage);
  core.report({
    kind: 'damaged',
    recovered: view.state.log.length,
    lost,
    unknown,
    backupKeys: [...new Set(backupKeys)],
    download: buildDump(items, 'damaged', core.clock()),
  });
}

/**
 * An older layout: its reviews, undos and settings go into this tab's chunks (written
 * once, then read back), and only then may the main value be replaced.
 */
export function migrate(core: EngineCore, view: StoredView, items: ReadonlyMap<string, string>) {
  const inChunks = new Set<string>();
  for (const [key, value] of items) {
    if (!key.startsWith(KEYS.chunkPrefix)) continue;
    const r = decodeChunk(value);
    if (r.ok) for (const e of r.chunk.entries) inChunks.add(e.id);
  }
  const wasBlocked = core.blockedMain;
  core.blockedMain = true;
  core.open.generation = core.generation;
  core.append(
    view.state.log.filter((e) => !inChunks.has(e.id)),
    true,
  );
  core.open.undone.push(...view.state.undone);
  for (const key of Object.keys(view.state.settings) as SettingKey[]) {
    // Time 0: any change made anywhere since wins over the old layout's value.
    core.open.settings[key] = [view.state.settings[key], 0];
  }
  core.open.dirty = true;
  if (!core.flush()) return;
  // Read back what was written before giving up the old layout.
  const back = read(core, readItems());
  const have = new Set(back.state.log.map((e) => e.id));
  if (!view.state.log.every((e) => have.has(e.id))) return;
  core.blockedMain = wasBlocked && view.damage.some((d) => d.key === KEYS.main);
  core.mainDirty = true;
  for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) safeStorage.remove(key);
  core.flush();
  const after = readItems();
  core.adopt(read(core, after), after);
}

/**
 * Reset (or replace) under the cross-tab lock: store what waits, read everything, let the
 * caller download it or keep a copy, then start a new generation that records how many
 * entries each chunk had (`seen`), so reviews made meanwhile elsewhere are carried over.
 */
export function reset(core: EngineCore, options: ResetOptions): Promise<ResetResult> {
  return core.locks.exclusive(async (): Promise<ResetResult> => {
    // What waits to be saved must be stored first: the download, the kept copy and the
    // reset's count of what it saw are all made from storage.
    if (!core.flush()) return { ok: false, reason: 'write' };
    const items = readItems();
    const view = read(core, items);
    // Mock-exam attempts are progress too: they go with the reviews (the download and the
    // copy have them), and a replacement brings the file's.
    const exams = attemptItems();
    if (options.before) await options.before(view.state);
    if (options.snapshot && items.size + exams.size > 0) {
      if (!keepAside(Object.fromEntries([...items, ...exams]), 'replaced', core.clock())) {
        return { ok: false, reason: 'backup' };
      }
    }
    const incoming = writeAttempts(options.replace?.attempts ?? []);
    if (incoming.failure) return { ok: false, reason: 'write' };
    const seen: Record<string, number> = {};
    for (const [name, info] of view.chunks) seen[name] = info.count;
    if (view.legacy) seen[LEGACY_NAME] = Number.MAX_SAFE_INTEGER;
    const g = view.state.generation + 1;
    const rec: ResetRecord = { g, at: core.clock(), seen };
    const before = {
      open: core.open,
      sealed: core.sealed.splice(0),
      generation: core.generation,
      reset: core.reset,
    };
    const open = core.newOpen(g, rec);
    core.open = open;
    // Settings changes and undo markers live in chunks the reset retires: carry them.
    open.settings = { ...view.records };
    for (const [k, r] of Object.entries(core.records) as [SettingKey, SettingRecord][]) {
      const had = open.settings[k];
      if (!had || r[1] > had[1]) open.settings[k] = r;
    }
    open.undone = [...view.state.undone];
    core.generation = g;
    core.reset = rec;
    if (options.replace) {
      core.append(options.replace.entries, true);
      const at = core.clock();
      for (const key of Object.keys(options.replace.settings) as SettingKey[]) {
        core.open.settings[key] = [options.replace.settings[key], at];
      }
    }
    core.open.dirty = true;
    const written = [...core.sealed.map((c) => c.name), core.open.name];
    core.quiet = true;
    const stored = core.flush();
    core.quiet = false;
    if (!stored) {
      // Nothing of the new generation may stay half-written: take it back.
      for (const name of written) safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
      core.sealed.splice(0, core.sealed.length, ...before.sealed);
      core.open = before.open;
      core.generation = before.generation;
      core.reset = before.reset;
      removeKeys(incoming.written);
      return { ok: false, reason: 'write' };
    }
    const settings = options.replace?.settings ?? view.state.settings;
    // The store replays the new generation's cards after this: until then the cache
    // must not claim to be the replay of the log (no fingerprint).
    core.current = {
      cards: {},
      log: [],
      undone: [],
      settings,
      generation: g,
      stale: [RESET_PENDING],
    };
    core.mainDirty = true;
    core.blockedMain = false;
    core.flush();
    const live = await core.locks.liveWriters();
    const now = core.clock();
    for (const [name, info] of view.chunks) {
      if (info.generation >= g) continue;
      if (info.writer === core.writer || isClosed(core, info, live, now)) {
        safeStorage.remove(`${KEYS.chunkPrefix}${name}`);
      }
    }
    for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) safeStorage.remove(key);
    removeAttempts(exams, new Set(options.replace?.attempts?.map((a) => a.id)), now);
    const after = readItems();
    const next = read(core, after);
    core.adopt(next, after);
    return { ok: true, view: next };
  });
}

/**
 * Removes the attempts a reset saw, but for the ones it brings (`keep`, by id). One that
 * cannot be read is kept aside first; if that copy is refused, it stays where it is.
 */
function removeAttempts(
  exams: ReadonlyMap<string, string>,
  keep: ReadonlySet<string>,
  now: number,
) {
  const { unreadable } = attemptsFrom(exams);
  for (const [key, raw] of exams) {
    if (keep.has(key.slice(KEYS.examPrefix.length))) continue;
    if (unreadable.includes(key) && !keepAside({ [key]: raw }, 'damaged', now)) continue;
    safeStorage.remove(key);
  }
}

/**
 * Folds the chunks of closed tabs into full ones (2,000 entries), under the lock: written
 * and read back before anything is removed. Also removes, once kept aside, values nothing
 * can be read from. What is read here is not taken in: the store does that through
 * takeExternal, which sees the outputs as new chunks (deduplicated by entry id).
 */
export function compact(core: EngineCore): Promise<number> {
  return core.locks.exclusive(async () => {
    core.flush();
    const items = readItems();
    const view = read(core, items);
    const live = await core.locks.liveWriters();
    const now = core.clock();
    const g = view.state.generation;
    const closed = [...view.chunks.values()].filter((c) => isClosed(core, c, live, now));
    const small = closed.filter((c) => c.generation === g && !c.damaged && c.count < SEALED_LIMIT);
    const retired = closed.filter((c) => c.generation < g || c.damaged);
    const inputs = [...(small.length >= 2 ? small : []), ...retired];
    let removed = 0;
    if (view.main && !view.legacy) {
      // Leftovers of a finished migration (the main value is version 3 now).
      for (const key of safeStorage.keys(KEYS.legacyChunkPrefix)) {
        if (view.damage.some((d) => d.key === key)) continue;
        safeStorage.remove(key);
        removed++;
      }
    }
    for (const d of view.damage) {
      const unreadable =
        (d.key.startsWith(KEYS.chunkPrefix) &&
          !view.chunks.has(d.key.slice(KEYS.chunkPrefix.length))) ||
        (d.key.startsWith(KEYS.legacyChunkPrefix) && !view.legacy);
      if (unreadable && keepAside({ [d.key]: d.raw }, 'damaged', now)) {
        safeStorage.remove(d.key);
        removed++;
      }
    }
    if (inputs.length === 0) return removed;
    // A damaged value is folded only once a copy of it is kept.
    const usable = inputs.filter((c) => {
      if (!c.damaged) return true;
      const key = `${KEYS.chunkPrefix}${c.name}`;
      return keepAside({ [key]: items.get(key) as string }, 'damaged', now) !== null;
    });
    if (usable.length === 0) return removed;
    const entries: ReviewEntry[] = [];
    const undone: string[] = [];
    const settings: Partial<Record<SettingKey, SettingRecord>> = {};
    const undoneAll = new Set(view.state.undone);
    for (const c of usable) {
      const r = decodeChunk(items.get(`${KEYS.chunkPrefix}${c.name}`) as string);
      if (!r.ok) continue;
      const from =
        c.generation === g ? 0 : view.reset?.g === g ? (view.reset.seen[c.name] ?? 0) : 0;
      for (const e of r.chunk.entries.slice(from)) if (!undoneAll.has(e.id)) entries.push(e);
      undone.push(...r.chunk.undone);
      for (const [k, rec] of Object.entries(r.chunk.settings) as [SettingKey, SettingRecord][]) {
        const had = settings[k];
        if (!had || rec[1] > had[1]) settings[k] = rec;
      }
    }
    entries.sort(compareEntries);
    const keepReset = view.reset?.g === g ? view.reset : null;
    const outputs: { name: string; text: string; count: number; undone: number }[] = [];
    for (let i = 0; i === 0 || i < entries.length; i += SEALED_LIMIT) {
      const part = entries.slice(i, i + SEALED_LIMIT);
      outputs.push({
        name: core.nextName(),
        count: part.length,
        undone: i === 0 ? new Set(undone).size : 0,
        text: encodeChunk({
          writer: core.writer,
          generation: g,
          written: now,
          entries: part,
          undone: i === 0 ? [...new Set(undone)] : [],
          settings: i === 0 ? settings : {},
          reset: keepReset,
        }),
      });
    }
    const written: string[] = [];
    for (const o of outputs) {
      const key = `${KEYS.chunkPrefix}${o.name}`;
      // Not recorded as known: this tab takes the outputs in like any other tab's.
      if (!safeStorage.write(key, o.text).ok) {
        for (const k of written) safeStorage.remove(k);
        return removed;
      }
      written.push(key);
      // Read back before anything is removed.
      const back = safeStorage.read(key);
      const r = back.ok && back.value !== null ? decodeChunk(back.value) : null;
      if (!r?.ok || r.chunk.entries.length !== o.count) {
        for (const k of written) safeStorage.remove(k);
        return removed;
      }
    }
    for (const c of usable) safeStorage.remove(`${KEYS.chunkPrefix}${c.name}`);
    keepCacheWhole(items, view, usable, outputs, g);
    return removed + usable.length;
  });
}

/**
 * The outputs hold exactly the reviews of the chunks they replace, so a cache that was the
 * replay of the chunks before stays the replay of the chunks after: its fingerprint is
 * moved along, and the next load need not check every card. Only if the cache was whole
 * for what was read, and nobody wrote it since.
 */
function keepCacheWhole(
  items: ReadonlyMap<string, string>,
  view: StoredView,
  inputs: readonly ChunkInfo[],
  outputs: readonly { name: string; count: number; undone: number }[],
  generation: number,
) {
  const raw = items.get(KEYS.main);
  const main = view.main;
  if (raw === undefined || !main || main.fp !== chunksFingerprint(view.chunks.values())) return;
  const now = safeStorage.read(KEYS.main);
  if (!now.ok || now.value !== raw) return;
  const after = new Map(view.chunks);
  for (const c of inputs) after.delete(c.name);
  for (const o of outputs) {
    after.set(o.name, { ...o, writer: '', generation, written: 0, damaged: false });
  }
  safeStorage.write(KEYS.main, encodeMain({ ...main, fp: chunksFingerprint(after.values()) }));
}
