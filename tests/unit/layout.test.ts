import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { CHUNK_PREFIX, CHUNK_SIZE, UNDO_KEPT } from '../../src/store/layout';
import { rateCard, undoLast } from '../../src/store/review-actions';
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/store/schema';
import { readStored } from './fixtures/stored';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MIN = 60_000;
const ids = Array.from({ length: 40 }, (_, i) => `feat.card-${i}.which`);

function studied(count: number) {
  const store = createAppStore({ clock: () => T0 });
  for (let i = 0; i < count; i++)
    rateCard(store, ids[i % ids.length] as string, ((i % 4) + 1) as 1 | 2 | 3 | 4, T0 + i * MIN);
  return store;
}

function chunkKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(CHUNK_PREFIX));
}

describe('the version 2 storage layout', () => {
  it('keeps the log in chunks of CHUNK_SIZE entries, apart from the card states', () => {
    const store = studied(CHUNK_SIZE * 2 + 10);
    expect(chunkKeys()).toHaveLength(3);
    expect(readStored()).toEqual({
      ok: true,
      state: {
        cards: store.getState().cards,
        log: store
          .getState()
          .log.map((e, i, all) => (i >= all.length - UNDO_KEPT ? e : stripUndo(e))),
        undone: [],
        settings: store.getState().settings,
      },
    });
  });

  it('a rating writes the open chunk and the main value only, however long the history', () => {
    const store = studied(CHUNK_SIZE * 4 + 3);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    rateCard(store, 'feat.card-1.which', 3, T0 + 10_000 * MIN);
    const keys = setItem.mock.calls.map(([k]) => k);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(STORAGE_KEY);
    expect(keys[0]?.startsWith(CHUNK_PREFIX)).toBe(true);
    const bytes = setItem.mock.calls.reduce((sum, [, value]) => sum + String(value).length, 0);
    // An open chunk of at most CHUNK_SIZE short entries plus the main value: far below the log.
    expect(bytes).toBeLessThan(30_000);
  });

  it('an entry stores in about 20 bytes', () => {
    studied(1000);
    const log = chunkKeys().reduce((sum, k) => sum + (localStorage.getItem(k) ?? '').length, 0);
    expect(log / 1000).toBeLessThan(26);
  });

  it('undo still works for recent answers after a reload, and stops at older ones', () => {
    studied(UNDO_KEPT + 5);
    const reloaded = createAppStore({ clock: () => T0 });
    for (let i = 0; i < UNDO_KEPT; i++) expect(undoLast(reloaded)).not.toBeNull();
    expect(undoLast(reloaded)).toBeNull();
    expect(reloaded.getState().log).toHaveLength(5);
    expect(createAppStore().getState().log).toHaveLength(5);
  });

  it('a write that fails part-way leaves the previous state readable', () => {
    const store = studied(CHUNK_SIZE + 5);
    const before = readStored();
    const write = Storage.prototype.setItem;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      // The open chunk is written; then the main value fails (a full quota).
      if (key === STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
      write.call(this, key, value);
    });
    rateCard(store, 'feat.card-2.which', 3, T0 + 10_000 * MIN);
    expect(setItem.mock.calls.map(([k]) => k.startsWith(CHUNK_PREFIX))).toEqual([true, false]);
    setItem.mockRestore();
    expect(store.getState().storageIssue).toEqual({ kind: 'write-failed', reason: 'quota' });
    expect(readStored()).toEqual(before);
    // The next successful write saves everything, the failed rating included.
    rateCard(store, 'feat.card-3.which', 3, T0 + 10_001 * MIN);
    const after = readStored();
    expect(after.ok && after.state.log.length).toBe(CHUNK_SIZE + 7);
  });

  it('chunks no longer listed are removed by the next write', () => {
    const store = studied(10);
    localStorage.setItem(`${CHUNK_PREFIX}zz-left`, 'left over by an interrupted write');
    rateCard(store, 'feat.card-2.which', 3, T0 + 10_000 * MIN);
    expect(chunkKeys()).not.toContain(`${CHUNK_PREFIX}zz-left`);
  });

  it('a missing chunk is reported as corrupt and everything is kept under the backup key', () => {
    studied(CHUNK_SIZE + 5);
    const victim = chunkKeys()[0] as string;
    const survivor = chunkKeys()[1] as string;
    localStorage.removeItem(victim);
    const store = createAppStore({ clock: () => T0 });
    expect(store.getState().storageIssue).toMatchObject({
      kind: 'corrupt',
      reason: 'invalid',
      detail: 'log chunk 0 is missing',
    });
    const copy = JSON.parse(localStorage.getItem(`${BACKUP_PREFIX}${T0}`) ?? '{}');
    expect(Object.keys(copy.chunks)).toContain(survivor);
    expect(typeof copy.main).toBe('string');
  });
});

function stripUndo<T extends { undo?: unknown }>(e: T): Omit<T, 'undo'> {
  const { undo: _, ...rest } = e;
  return rest;
}
