import type { ReviewEntry, TrackedCard } from '../domain/card-state.ts';
import { type EngineCore, type External, readItems } from './engine.ts';
import { decodeChunk, decodeMain, type SettingRecord } from './layout.ts';
import * as legacy from './legacy.ts';
import { readStorage } from './read-storage.ts';
import { KEYS, type SettingKey, type Settings } from './schema.ts';

/**
 * Taking in what other tabs saved: loaded on the first `storage` event or focus (never on
 * the way to the first paint). It reads only the values that changed since this tab last
 * looked, and hands the store a delta to reconcile, or a new generation after a reset.
 */

/** What other tabs saved since the last look, or null. */
export function takeExternal(core: EngineCore): External | null {
  if (core.blockedAll) return null;
  const items = readItems();
  let switched = false;
  let theirCards: Readonly<Record<string, TrackedCard>> | undefined;
  const mainRaw = items.get(KEYS.main);
  if (mainRaw !== undefined && mainRaw !== core.known.get(KEYS.main)) {
    const m = decodeMain(mainRaw);
    if (m.kind === 'future') {
      core.blockedAll = true;
      core.report({ kind: 'newer' });
      return null;
    }
    if (m.kind === 'cache') {
      theirCards = m.main.cards;
      if (m.main.generation > core.generation) switched = true;
    } else if (m.kind === 'legacy') {
      // A tab of an older version wrote its layout over ours: take in what it holds.
      core.legacy ??= legacy;
      switched = true;
    }
  }
  const entries: ReviewEntry[] = [];
  const undone: string[] = [];
  let settingsChanged = false;
  const { reset, records } = core;
  for (const [key, raw] of items) {
    if (!key.startsWith(KEYS.chunkPrefix) || core.known.get(key) === raw) continue;
    const r = decodeChunk(raw);
    if (!r.ok) {
      if (r.future) {
        core.blockedAll = true;
        core.report({ kind: 'newer' });
        return null;
      }
      continue;
    }
    const name = key.slice(KEYS.chunkPrefix.length);
    const c = r.chunk;
    if (c.generation > core.generation) switched = true;
    const seen = reset?.g === core.generation ? (reset.seen[name] ?? 0) : 0;
    entries.push(...c.entries.slice(c.generation === core.generation ? 0 : seen));
    undone.push(...c.undone);
    for (const [k, rec] of Object.entries(c.settings) as [SettingKey, SettingRecord][]) {
      const had = records[k];
      if (!had || rec[1] > had[1]) {
        records[k] = rec;
        settingsChanged = true;
      }
    }
    core.chunkInfo.set(name, {
      name,
      writer: c.writer,
      generation: c.generation,
      written: c.written,
      count: c.entries.length,
      undone: c.undone.length,
      damaged: r.damaged,
    });
  }
  if (switched) return switchGeneration(core, items);
  for (const [key, value] of items) core.known.set(key, value);
  for (const key of [...core.known.keys()]) if (!items.has(key)) core.known.delete(key);
  for (const name of [...core.chunkInfo.keys()]) {
    if (!items.has(`${KEYS.chunkPrefix}${name}`)) core.chunkInfo.delete(name);
  }
  if (entries.length === 0 && undone.length === 0 && !settingsChanged && !theirCards) {
    return null;
  }
  let settings: Settings | null = null;
  if (settingsChanged && core.current) {
    const next: Record<string, unknown> = { ...core.current.settings };
    for (const [k, rec] of Object.entries(records)) next[k] = (rec as SettingRecord)[0];
    settings = next as unknown as Settings;
  }
  return {
    kind: 'delta',
    incoming: { entries, undone, ...(theirCards ? { cards: theirCards } : {}) },
    settings,
  };
}

/**
 * Another tab reset or replaced the progress. This tab's own reviews of the old generation
 * that the reset did not see (made while it happened, or never stored) move into the new
 * generation; its old chunks are removed once they are stored there.
 */
function switchGeneration(core: EngineCore, items: ReadonlyMap<string, string>): External {
  const view = readStorage(items, core.legacy ?? undefined);
  const unseen: ReviewEntry[] = [];
  // This tab's undo markers: an answer it took back is not carried (it was never kept).
  const undone = new Set<string>(core.open.undone);
  const oldOwn = [...core.chunkInfo.values()].filter(
    (c) => c.writer === core.writer && c.generation < view.state.generation,
  );
  for (const c of oldOwn) {
    const raw = items.get(`${KEYS.chunkPrefix}${c.name}`);
    if (raw === undefined) continue;
    const r = decodeChunk(raw);
    if (!r.ok) continue;
    unseen.push(...r.chunk.entries.slice(view.reset?.seen[c.name] ?? 0));
    for (const id of r.chunk.undone) undone.add(id);
  }
  // Never stored, so no reset saw them either.
  for (const c of core.sealed) {
    unseen.push(...c.chunk.entries.slice(c.chunk.entries.length - c.unsaved));
    for (const id of c.chunk.undone) undone.add(id);
  }
  unseen.push(...core.open.entries.slice(core.open.saved));
  const mine = unseen.filter((e) => !undone.has(e.id));
  // Storage may still hold one of this tab's answers that it took back (the undo's save was
  // refused, and the reset carried the answer, as it carries every review it did not see):
  // the undo marker goes into the new generation below, and the progress taken in leaves
  // the answer out now, so it never comes back in this tab.
  const takenBack = view.state.log.filter((e) => undone.has(e.id));
  const state = takenBack.length
    ? {
        ...view.state,
        log: view.state.log.filter((e) => !undone.has(e.id)),
        undone: [...new Set([...view.state.undone, ...undone])],
      }
    : view.state;
  const stale = [...view.stale, ...takenBack.map((e) => e.cardId)];
  core.sealed.splice(0);
  core.retire = [...core.retire, ...oldOwn.map((c) => c.name)];
  core.adopt(view, items);
  const stillOpen = core.open;
  core.open = core.newOpen(core.generation, core.reset);
  core.open.undone = stillOpen.undone;
  core.open.settings = stillOpen.settings;
  core.append(mine);
  core.open.dirty = true;
  core.current = { ...state, stale: [...stale, ...mine.map((e) => e.cardId)] };
  core.flush();
  return { kind: 'switch', view: { ...view, state, stale }, carried: mine };
}
