import { afterEach, describe, expect, it, vi } from 'vitest';
import { replayCard } from '../../src/domain/replay.ts';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { buildBackup, parseBackup } from '../../src/store/backup.ts';
import { decodeChunk } from '../../src/store/layout.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard, undoLast } from '../../src/store/review-actions.ts';
import { DEFAULT_SETTINGS, KEYS, MAX_INSTANT } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { readStored, readView } from './fixtures/stored.ts';

const T0 = Date.UTC(2026, 2, 10, 0, 0);
const DAY = 86_400_000;
const fixedClock = () => T0;
const CARDS = ['feat.api-keys.which', 'feat.waf.which', 'feat.caching.which', 'cost.free-tier.qa'];

function newStore(locks = new FakeLocks()): AppStore {
  return createAppStore({ clock: fixedClock, syncTabs: false, locks: webLocks(locks) });
}

const chunkKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.chunkPrefix));
const backupKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.backupPrefix));

/** Every card in the store equals the replay of its reviews. */
function expectReplayed(store: AppStore) {
  const { cards, log } = store.getState();
  for (const [id, card] of Object.entries(cards)) {
    expect(card, id).toEqual(replayCard(log.filter((e) => e.cardId === id)));
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('store round trip', () => {
  it('ratings and settings survive a reload (a new store over the same storage)', async () => {
    const first = newStore();
    rateCard(first, CARDS[0] as string, 3, T0);
    rateCard(first, CARDS[1] as string, 1, T0 + 1000);
    first.getState().updateSettings({ newPerDay: 12 });

    const second = newStore();
    await second.getState().refresh();
    expect(second.getState().cards).toEqual(first.getState().cards);
    expect(second.getState().log).toEqual(first.getState().log);
    expect(second.getState().settings.newPerDay).toBe(12);
    expect(second.getState().stale).toEqual([]);
    expect(second.getState().storageIssue).toBeNull();
  });

  it('a rating is stored before it returns, in a chunk that reads on its own', () => {
    const store = newStore();
    const entry = rateCard(store, CARDS[0] as string, 3, T0);
    const [key, ...more] = chunkKeys();
    expect(more).toEqual([]);
    const read = decodeChunk(localStorage.getItem(key as string) as string);
    expect(read).toMatchObject({ ok: true, bad: 0, damaged: false });
    if (read.ok) expect(read.chunk.entries).toEqual([entry]);
    // The main value is only a cache of card states.
    const main = JSON.parse(localStorage.getItem(KEYS.main) as string);
    expect(main.version).toBe(3);
    expect(Object.keys(main.state).sort()).toEqual(['cards', 'fp', 'g', 'settings']);
  });

  it("undo takes back this tab's last answer; the card is the replay of its other reviews", () => {
    const store = newStore();
    rateCard(store, 'x', 4, T0);
    const cardsBefore = store.getState().cards;
    const logBefore = store.getState().log;
    rateCard(store, 'x', 1, T0 + 9 * DAY);
    expect(undoLast(store)?.rating).toBe(1);
    expect(store.getState().cards).toEqual(cardsBefore);
    expect(store.getState().log).toEqual(logBefore);
    expect(readStored().cards).toEqual(cardsBefore);
    expect(readStored().log).toEqual(logBefore);
  });

  it('undo of a first answer removes the card record: it is new again', () => {
    const store = newStore();
    rateCard(store, 'x', 3, T0);
    undoLast(store);
    expect(store.getState().cards).toEqual({});
    expect(store.getState().log).toEqual([]);
    expect(undoLast(store)).toBeNull();
    expect(readStored().log).toEqual([]);
  });

  it('after a reload there is nothing of this tab to undo (undo belongs to the session)', () => {
    rateCard(newStore(), 'x', 3, T0);
    expect(undoLast(newStore())).toBeNull();
  });

  it('reset empties the progress, keeps the settings, and survives a reload', async () => {
    const store = newStore();
    rateCard(store, CARDS[0] as string, 3, T0);
    rateCard(store, CARDS[1] as string, 1, T0 + 1000);
    store.getState().updateSettings({ newPerDay: 12, lang: 'en' });
    let downloaded = 0;
    expect(
      await store.getState().resetProgress((state) => {
        downloaded = state.log.length;
      }),
    ).toBe(true);
    expect(downloaded).toBe(2);
    expect(store.getState().log).toEqual([]);
    expect(store.getState().cards).toEqual({});
    expect(store.getState().generation).toBe(1);

    const reloaded = newStore().getState();
    expect(reloaded.log).toEqual([]);
    expect(reloaded.cards).toEqual({});
    expect(reloaded.generation).toBe(1);
    expect(reloaded.settings).toMatchObject({ newPerDay: 12, lang: 'en' });
    // The old generation's chunk is gone; one chunk of the new generation holds the reset.
    expect(chunkKeys()).toHaveLength(1);
  });

  it('a reset whose download fails changes nothing', async () => {
    const store = newStore();
    rateCard(store, 'x', 3, T0);
    await expect(
      store.getState().resetProgress(() => {
        throw new Error('no download');
      }),
    ).rejects.toThrow('no download');
    expect(store.getState().log).toHaveLength(1);
    expect(newStore().getState().log).toHaveLength(1);
  });

  it('the backup a reset downloads brings everything back when imported', async () => {
    const store = newStore();
    rateCard(store, CARDS[0] as string, 3, T0);
    rateCard(store, CARDS[1] as string, 1, T0 + 1000);
    let file = '';
    await store.getState().resetProgress((state) => {
      file = buildBackup(state, '0.2.0', T0);
    });
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const before = readStored();
    expect(before.log).toEqual([]);
    const result = await store.getState().importProgress(parsed.backup.state, 'merge');
    expect(result).toEqual({ ok: true, added: 2 });
    expect(
      newStore()
        .getState()
        .log.map((e) => e.cardId),
    ).toEqual([CARDS[0], CARDS[1]]);
    expectReplayed(store);
  });

  it('log entries get unique ids', () => {
    const store = newStore();
    for (let i = 0; i < 50; i++) rateCard(store, `c${i % 5}`, 3, T0 + i);
    expect(new Set(store.getState().log.map((e) => e.id)).size).toBe(50);
  });
});

const quota = () => new DOMException('full', 'QuotaExceededError');

describe('refused writes', () => {
  it('a refused save is reported with what is unsaved, studying goes on, and the next change saves all', () => {
    const store = newStore();
    rateCard(store, 'a', 3, T0);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    rateCard(store, 'b', 3, T0 + 1000);
    rateCard(store, 'c', 3, T0 + 2000);
    expect(store.getState().log).toHaveLength(3);
    expect(store.getState().saveStatus).toEqual({ kind: 'failed', reason: 'quota', unsaved: 2 });
    expect(readStored().log).toHaveLength(1);
    setItem.mockRestore();
    rateCard(store, 'd', 3, T0 + 3000);
    expect(store.getState().saveStatus).toEqual({ kind: 'recovered' });
    expect(readStored().log.map((e) => e.cardId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is retried on a timer until storage takes it, then says so', () => {
    vi.useFakeTimers();
    const store = newStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    rateCard(store, 'a', 3, T0);
    vi.advanceTimersByTime(2000);
    vi.advanceTimersByTime(5000);
    expect(readStored().log).toHaveLength(0);
    setItem.mockRestore();
    vi.advanceTimersByTime(15_000);
    expect(readStored().log).toHaveLength(1);
    expect(store.getState().saveStatus).toEqual({ kind: 'recovered' });
    vi.advanceTimersByTime(10_000);
    expect(store.getState().saveStatus).toBeNull();
  });

  // Issue #11, case 2: the chunk was written, the main value refused; the next load read
  // the history as invalid (20 saved, 0 read back).
  it('a full quota on a first rating (the cache refused) loses nothing: 20 of 20 read back', async () => {
    const store = newStore();
    for (let i = 0; i < 19; i++) rateCard(store, CARDS[i % 3] as string, 3, T0 + i * 60_000);
    const real = Storage.prototype.setItem;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key === KEYS.main) throw quota();
      real.call(this, key, value);
    });
    rateCard(store, CARDS[3] as string, 3, T0 + 30 * 60_000);
    setItem.mockRestore();
    expect(store.getState().saveStatus).toBeNull();
    const reloaded = newStore();
    expect(reloaded.getState().log).toHaveLength(20);
    expect(reloaded.getState().stale).toEqual([CARDS[3]]);
    await reloaded.getState().refresh();
    expect(reloaded.getState().cards).toEqual(store.getState().cards);
    expect(reloaded.getState().storageIssue).toBeNull();
  });
});

describe('damaged stored data: salvaged, kept aside, reported', () => {
  function studied(n: number) {
    const store = newStore();
    for (let i = 0; i < n; i++)
      rateCard(store, `card-${i % 9}`, ((i % 4) + 1) as 1, T0 + i * 60_000);
    return store;
  }

  // Issue #11, case 9: one garbled chunk made the app start with 0 of 600 reviews.
  it('a garbled entry costs that entry: 599 of 600 recovered, the learner told, the value kept once', async () => {
    studied(250);
    const b = studied(250);
    const c = studied(100);
    const all = c.getState().log.map((e) => e.id);
    expect(all).toHaveLength(600);
    const [key] = chunkKeys().filter((k) => k.includes(b.engine.writer));
    const raw = localStorage.getItem(key as string) as string;
    localStorage.setItem(key as string, raw.replace(/\|([0-9a-z-]+),/, '|??,'));

    const reloaded = newStore();

    await reloaded.ready;
    await reloaded.getState().refresh();
    expect(reloaded.getState().log).toHaveLength(599);
    expect(all.filter((id) => !reloaded.getState().log.some((e) => e.id === id))).toHaveLength(1);
    expect(reloaded.getState().storageIssue).toMatchObject({
      kind: 'damaged',
      recovered: 599,
      lost: 1,
      unknown: 0,
    });
    expect(backupKeys()).toHaveLength(1);
    // Met again on the next load: no second copy.
    await newStore().ready;
    expect(backupKeys()).toHaveLength(1);
    expectReplayed(reloaded);
  });

  it('an unreadable chunk costs only its own reviews', async () => {
    const a = studied(30);
    studied(20);
    const [key] = chunkKeys().filter((k) => k.includes(a.engine.writer));
    localStorage.setItem(key as string, '{"v":3,"w":');
    const reloaded = newStore();
    await reloaded.ready;
    expect(reloaded.getState().log).toHaveLength(20);
    expect(reloaded.getState().storageIssue).toMatchObject({
      kind: 'damaged',
      recovered: 20,
      unknown: 1,
    });
  });

  it('a damaged cache (a bad card, cards stored as a list, a byte-order mark) is rebuilt from the log', async () => {
    const store = studied(40);
    const main = JSON.parse(localStorage.getItem(KEYS.main) as string);
    main.state.cards = Object.values(main.state.cards);
    localStorage.setItem(KEYS.main, `\uFEFF${JSON.stringify(main)}`);
    const reloaded = newStore();
    await reloaded.ready;
    expect(reloaded.getState().log).toHaveLength(40);
    await reloaded.getState().refresh();
    expect(reloaded.getState().cards).toEqual(store.getState().cards);
    expect(reloaded.getState().storageIssue).toMatchObject({
      kind: 'damaged',
      recovered: 40,
      lost: 0,
    });
  });

  // Issue #11, case 8: an out-of-range lastExportAt crashed Home and Settings on every load.
  it('dates outside the Date range are refused where they are; settings fall back one by one', async () => {
    studied(5);
    const main = JSON.parse(localStorage.getItem(KEYS.main) as string);
    main.state.settings.lastExportAt = 9e15;
    main.state.settings.newPerDay = 7;
    localStorage.setItem(KEYS.main, JSON.stringify(main));
    const [key] = chunkKeys();
    const raw = localStorage.getItem(key as string) as string;
    const nl = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, nl));
    header.s = { lastExportAt: [MAX_INSTANT + 1, T0], newPerDay: [7, T0] };
    localStorage.setItem(key as string, `${JSON.stringify(header)}${raw.slice(nl)}`);
    const reloaded = newStore();
    await reloaded.ready;
    expect(reloaded.getState().settings.lastExportAt).toBeNull();
    expect(reloaded.getState().settings.newPerDay).toBe(7);
    expect(reloaded.getState().log).toHaveLength(5);
    rateCard(reloaded, 'x', 3, T0 + DAY);
    expect(readStored().log).toHaveLength(6);
  });

  it('a damaged cache that cannot be kept aside is never written over; reviews are still saved', async () => {
    localStorage.setItem(KEYS.main, '{"broken');
    const real = Storage.prototype.setItem;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.startsWith(KEYS.backupPrefix)) throw quota();
      real.call(this, key, value);
    });
    const store = newStore();
    await store.ready;
    setItem.mockRestore();
    expect(store.getState().storageIssue).toMatchObject({ kind: 'damaged', backupKeys: [] });
    rateCard(store, 'x', 3, T0);
    expect(localStorage.getItem(KEYS.main)).toBe('{"broken');
    expect(readView().state.log).toHaveLength(1);
  });

  it("another app's value under the key: kept aside, the app starts with what it can read", async () => {
    localStorage.setItem(KEYS.main, '"dark-mode"');
    const store = newStore();
    await store.ready;
    expect(store.getState().storageIssue).toMatchObject({
      kind: 'damaged',
      recovered: 0,
      unknown: 1,
    });
    expect(backupKeys()).toHaveLength(1);
    rateCard(store, 'x', 3, T0);
    const again = newStore();
    await again.ready;
    expect(again.getState().log).toHaveLength(1);
  });

  it('data of a newer version is read as far as possible and never written over', async () => {
    const newer = JSON.stringify({ state: { anything: true }, version: 9 });
    localStorage.setItem(KEYS.main, newer);
    const store = newStore();
    await store.ready;
    expect(store.getState().storageIssue).toEqual({ kind: 'newer' });
    rateCard(store, 'x', 3, T0);
    expect(localStorage.getItem(KEYS.main)).toBe(newer);
    expect(chunkKeys()).toEqual([]);
  });

  it('storage that cannot be used at all: the app runs in memory and says so', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = newStore();
    getItem.mockRestore();
    expect(store.getState().storageIssue).toEqual({ kind: 'unavailable' });
    rateCard(store, 'x', 3, T0);
    expect(store.getState().log).toHaveLength(1);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });
});
