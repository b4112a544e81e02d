import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../src/domain/card-state.ts';
import { replayCard } from '../../src/domain/replay.ts';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { buildBackup, parseBackup } from '../../src/store/backup.ts';
import { buildDump, readKept } from '../../src/store/backups.ts';
import { chunksFingerprint } from '../../src/store/layout.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard, undoLast } from '../../src/store/review-actions.ts';
import { KEYS } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { refuseNext } from './fixtures/refuse.ts';
import { readStored, readView } from './fixtures/stored.ts';

const T0 = Date.UTC(2026, 4, 1, 9, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

/** Tabs of one browser: stores over the same localStorage and the same locks. */
function browser() {
  const locks = new FakeLocks();
  let now = T0;
  const tab = (): AppStore =>
    createAppStore({ clock: () => now, syncTabs: false, locks: webLocks(locks) });
  return {
    locks,
    tab,
    advance(ms: number) {
      now += ms;
    },
    /** The tab's page goes away: its writer lock is freed. */
    close(store: AppStore) {
      locks.release(`apigw-flashcards:writer:${store.engine.writer}`);
    },
  };
}

/** Lets granted locks settle (the Web Locks API answers asynchronously). */
const settle = () => new Promise((r) => setTimeout(r, 0));

function expectReplayed(store: AppStore) {
  const { cards, log } = store.getState();
  for (const [id, card] of Object.entries(cards)) {
    expect(card, id).toEqual(replayCard(log.filter((e) => e.cardId === id)));
  }
}

const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.backupPrefix));

describe('tabs', () => {
  it("a merge import takes in the other tabs' reviews before it answers (found by the storage property)", async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    rateCard(y, 'card-1', 3, T0);
    rateCard(y, 'card-2', 1, T0 + MIN);
    const file = buildBackup(
      { cards: {}, log: [], undone: [], settings: x.getState().settings, generation: 0 },
      '0.1.0',
      T0 + 2 * MIN,
    );
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error('the fixture file does not parse');
    expect(await x.getState().importProgress(parsed.backup.state, 'merge')).toEqual({
      ok: true,
      added: 0,
    });
    // Without waiting for the sync, the import answered before y's reviews were in.
    expect(x.getState().log.map((e) => e.cardId)).toEqual(['card-1', 'card-2']);
    expectReplayed(x);
  });

  it('each tab writes only its own chunks: ratings made without seeing each other are all kept', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    for (let i = 0; i < 50; i++) {
      rateCard(i % 2 ? y : x, `card-${i % 7}`, ((i % 4) + 1) as 1, T0 + i * MIN);
    }
    expect(readStored().log).toHaveLength(50);
    await x.getState().syncFromOtherTabs();
    await y.getState().syncFromOtherTabs();
    expect(x.getState().log).toHaveLength(50);
    expect(y.getState().log).toEqual(x.getState().log);
    expect(backups()).toEqual([]);
  });

  // Issue #11, case 4: the card state reflected only one of two simultaneous ratings.
  it('the same card rated in two tabs at the same instant: both reviews kept, the card is their replay everywhere', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    rateCard(x, 'c', 3, T0);
    await y.getState().syncFromOtherTabs();
    rateCard(x, 'c', 1, T0 + 10 * MIN);
    rateCard(y, 'c', 4, T0 + 10 * MIN);
    await x.getState().syncFromOtherTabs();
    await y.getState().syncFromOtherTabs();
    await x.getState().refresh();
    await y.getState().refresh();
    expect(x.getState().log).toHaveLength(3);
    expect(y.getState().cards).toEqual(x.getState().cards);
    expectReplayed(x);
    const reloaded = b.tab();
    await reloaded.getState().refresh();
    expect(reloaded.getState().cards).toEqual(x.getState().cards);
    expect(backups()).toEqual([]);
  });

  // Issue #11, case 5: the store took in the other tab's write, then undid that entry.
  it("undo takes back this tab's own answer, never the one another tab just made", async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    const mine = rateCard(x, 'a', 3, T0);
    const theirs = rateCard(y, 'b', 3, T0 + MIN);
    await x.getState().syncFromOtherTabs();
    expect(x.getState().log.at(-1)?.id).toBe(theirs.id);
    expect(undoLast(x)?.id).toBe(mine.id);
    await y.getState().syncFromOtherTabs();
    expect(y.getState().log.map((e) => e.id)).toEqual([theirs.id]);
    expect(readStored().log.map((e) => e.id)).toEqual([theirs.id]);
    expect(undoLast(x)).toBeNull();
  });

  it("a reset is not brought back by a tab that still holds the old history; that tab's later rating is kept", async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    rateCard(x, 'a', 3, T0);
    rateCard(x, 'b', 3, T0 + MIN);
    await y.getState().syncFromOtherTabs();
    expect(await x.getState().resetProgress()).toBe(true);
    expect(readStored().log).toEqual([]);
    // Y has not seen the reset: it rates from the old history.
    rateCard(y, 'c', 3, T0 + 2 * MIN);
    await y.getState().syncFromOtherTabs();
    await x.getState().syncFromOtherTabs();
    for (const tab of [x, y, b.tab()]) {
      expect(tab.getState().log.map((e) => e.cardId)).toEqual(['c']);
      expect(tab.getState().generation).toBe(1);
    }
    expect(readStored().log.map((e) => e.cardId)).toEqual(['c']);
  });

  it("an answer taken back while its save was refused does not come back through another tab's reset (found by the storage property, seed 687239895)", async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    const spy = refuseNext(3);
    try {
      await x.getState().resetProgress();
      rateCard(y, 'a', 1, T0);
      undoLast(y);
      await x.getState().resetProgress();
      await y.getState().syncFromOtherTabs();
      rateCard(x, 'a', 1, T0 + MIN);
      await y.getState().syncFromOtherTabs();
      await x.getState().syncFromOtherTabs();
      for (const tab of [x, y, b.tab()]) {
        expect(tab.getState().log.map((e) => e.review)).toEqual([T0 + MIN]);
        expectReplayed(tab);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('an answer taken back while its save was refused stays taken back in its own tab after a sync (found by the storage property, seed 695557259)', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    await x.getState().resetProgress();
    const e = rateCard(y, 'a', 1, T0);
    const spy = refuseNext(1);
    try {
      expect(undoLast(y)?.id).toBe(e.id);
      expect(y.getState().saveStatus?.kind).toBe('failed');
      await y.getState().syncFromOtherTabs();
      await y.getState().refresh();
      y.engine.flush();
      await y.getState().syncFromOtherTabs();
      const reader = b.tab();
      expect(reader.getState().log).toEqual([]);
      for (const tab of [x, y]) {
        await tab.getState().syncFromOtherTabs();
        expect(tab.getState().log.map((r) => r.id)).toEqual([]);
        expectReplayed(tab);
      }
    } finally {
      spy.mockRestore();
    }
  });

  // Issue #11, case 6: a rating made within a few ms of another tab's "Replace with the
  // backup" was in neither the live data nor the pre-import backup.
  it('a rating made while another tab replaces everything is in the live data or the kept copy', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    for (let i = 0; i < 30; i++) rateCard(x, `old-${i % 5}`, 3, T0 + i * MIN);
    await y.getState().syncFromOtherTabs();
    const file = {
      log: [
        {
          id: 'file0000001',
          cardId: 'from-file',
          rating: 3 as const,
          review: T0,
          state: 0 as const,
        },
      ],
      undone: [],
      settings: x.getState().settings,
      cards: {},
      attempts: [],
    };
    // Y's rating lands while X's replace waits for the lock (it runs on the next turn).
    const replacing = x.getState().importProgress(file, 'replace');
    const racing = rateCard(y, 'racing', 3, T0 + HOUR);
    expect(await replacing).toMatchObject({ ok: true });
    await y.getState().syncFromOtherTabs();
    const live = readStored().log.map((e) => e.id);
    const kept = backups().flatMap((k) => {
      const dump = readKept(k);
      const parsed = dump ? parseBackup(JSON.stringify(dump)) : null;
      return parsed?.ok ? parsed.backup.state.log.map((e) => e.id) : [];
    });
    expect(live.includes(racing.id) || kept.includes(racing.id)).toBe(true);
    expect(kept).toHaveLength(31);
    expect(live).toContain('file0000001');
    expect(live.some((id) => x.getState().log.every((e) => e.id !== id))).toBe(false);

    // And when the rating lands after the replace has read everything, it is carried over.
    const z = b.tab();
    const late = rateCard(y, 'late', 3, T0 + 2 * HOUR);
    const again = z.getState().importProgress(file, 'replace');
    await settle();
    const later = rateCard(y, 'later', 3, T0 + 3 * HOUR);
    expect(await again).toMatchObject({ ok: true });
    await y.getState().syncFromOtherTabs();
    const after = readStored().log.map((e) => e.id);
    const keptAll = backups().flatMap((k) => {
      const parsed = parseBackup(JSON.stringify(readKept(k)));
      return parsed.ok ? parsed.backup.state.log.map((e) => e.id) : [];
    });
    for (const id of [late.id, later.id]) {
      expect(after.includes(id) || keptAll.includes(id), id).toBe(true);
    }
  });

  it('a tab closed before it saw a reset: its unseen reviews are carried into the new generation', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    rateCard(y, 'seen', 3, T0);
    let unseen: ReviewEntry | undefined;
    // The reset has read everything (it runs `before` then): Y rates now, unaware.
    await x.getState().resetProgress(() => {
      unseen = rateCard(y, 'unseen', 3, T0 + MIN);
    });
    b.close(y);
    await settle();
    expect(readStored().log.map((e) => e.id)).toContain(unseen?.id);
    expect(readStored().log.map((e) => e.cardId)).not.toContain('seen');
  });

  it('settings: the latest change wins, and a tab writing other things does not undo it', async () => {
    const b = browser();
    const [x, y] = [b.tab(), b.tab()];
    b.advance(1000);
    x.getState().updateSettings({ newPerDay: 7 });
    // Y has not seen it and saves a rating (and its stale settings in the cache).
    rateCard(y, 'a', 3, T0);
    await y.getState().syncFromOtherTabs();
    expect(y.getState().settings.newPerDay).toBe(7);
    expect(b.tab().getState().settings.newPerDay).toBe(7);
    b.advance(1000);
    y.getState().updateSettings({ newPerDay: 9 });
    await x.getState().syncFromOtherTabs();
    expect(x.getState().settings.newPerDay).toBe(9);
  });

  it("closed tabs' chunks are folded into full ones; a live tab's chunk is left alone", async () => {
    const b = browser();
    const tabs = Array.from({ length: 6 }, () => b.tab());
    tabs.forEach((t, i) => {
      for (let j = 0; j < 20; j++) rateCard(t, `c${(i * 20 + j) % 11}`, 3, T0 + (i * 20 + j) * MIN);
    });
    const live = tabs[5] as AppStore;
    for (const t of tabs.slice(0, 5)) b.close(t);
    await settle();
    b.advance(HOUR);
    const compactor = b.tab();
    const removed = await compactor.engine.compact();
    expect(removed).toBe(5);
    const names = Object.keys(localStorage).filter((k) => k.startsWith(KEYS.chunkPrefix));
    expect(names).toHaveLength(2);
    expect(names.some((k) => k.includes(live.engine.writer))).toBe(true);
    expect(readStored().log).toHaveLength(120);
    // The live tab goes on appending to its own chunk.
    rateCard(live, 'after', 3, T0 + 5 * HOUR);
    expect(readStored().log).toHaveLength(121);
  });

  it('a compaction moves the fingerprint of a whole cache along: the next load checks no card', async () => {
    const b = browser();
    const first = b.tab();
    for (let i = 0; i < 20; i++) rateCard(first, `c${i % 5}`, 3, T0 + i * MIN);
    b.close(first);
    const second = b.tab();
    for (let i = 0; i < 20; i++) rateCard(second, `d${i % 5}`, 3, T0 + HOUR + i * MIN);
    b.close(second);
    await settle();
    b.advance(2 * HOUR);
    const whole = () => {
      const view = readView();
      return view.main?.fp === chunksFingerprint(view.chunks.values()) && view.stale.length === 0;
    };
    expect(whole()).toBe(true);
    expect(await b.tab().engine.compact()).toBe(2);
    expect(whole()).toBe(true);
    expect(readView().state.log).toHaveLength(40);
  });

  it('a newer app version in another tab: this tab stops writing and says why', async () => {
    const b = browser();
    const x = b.tab();
    rateCard(x, 'a', 3, T0);
    const newer = JSON.stringify({ state: { anything: true }, version: 9 });
    localStorage.setItem(KEYS.main, newer);
    await x.getState().syncFromOtherTabs();
    rateCard(x, 'b', 3, T0 + MIN);
    expect(localStorage.getItem(KEYS.main)).toBe(newer);
    expect(x.getState().storageIssue).toEqual({ kind: 'newer' });
  });

  it('a damaged value met by several tabs is kept once', async () => {
    const b = browser();
    rateCard(b.tab(), 'a', 3, T0);
    const key = Object.keys(localStorage).find((k) => k.startsWith(KEYS.chunkPrefix)) as string;
    localStorage.setItem(key, '{"v":3,"w":"zz');
    for (let i = 0; i < 21; i++) {
      const tab = b.tab();
      await tab.ready;
      await tab.getState().syncFromOtherTabs();
    }
    expect(backups()).toHaveLength(1);
    expect(JSON.parse(buildDump({ [key]: 'x' }, 'damaged', T0)).kind).toBe('storage');
  });
});
