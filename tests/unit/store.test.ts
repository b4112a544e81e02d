import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { rateCard, undoLast } from '../../src/store/review-actions';
import { BACKUP_PREFIX, SCHEMA_VERSION, STORAGE_KEY } from '../../src/store/schema';

const T0 = Date.UTC(2026, 2, 10, 0, 0);
const fixedClock = () => T0;

function stored(): { state: Record<string, unknown>; version: number } {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

describe('store round trip', () => {
  it('ratings and settings survive a reload (a new store over the same storage)', () => {
    const first = createAppStore({ clock: fixedClock });
    rateCard(first, 'feat.api-keys.which', 3, T0);
    rateCard(first, 'feat.waf.which', 1, T0 + 1000);
    first.getState().updateSettings({ newPerDay: 12 });

    const second = createAppStore({ clock: fixedClock });
    const a = first.getState();
    const b = second.getState();
    expect(b.cards).toEqual(a.cards);
    expect(b.log).toEqual(a.log);
    expect(b.settings.newPerDay).toBe(12);
    expect(b.storageIssue).toBeNull();
  });

  it('persists plain JSON with the schema version and no ephemeral state', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'feat.api-keys.which', 3, T0);
    const value = stored();
    expect(value.version).toBe(SCHEMA_VERSION);
    expect(Object.keys(value.state).sort()).toEqual([
      'cards',
      'ids',
      'log',
      'settings',
      'undo',
      'undone',
    ]);
    // Cards are stored as compact tuples of numbers, the due time first.
    const card = (value.state.cards as Record<string, unknown[]>)['feat.api-keys.which'];
    expect(typeof card?.[0]).toBe('number');
  });

  it('undo pops the last log entry and restores the card exactly', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'x', 4, T0);
    const cardsBefore = store.getState().cards;
    const logBefore = store.getState().log;
    rateCard(store, 'x', 1, T0 + 9 * 86_400_000);
    const undone = undoLast(store);
    expect(undone?.rating).toBe(1);
    expect(store.getState().cards).toEqual(cardsBefore);
    expect(store.getState().log).toEqual(logBefore);
    // And the restored state is what a reload sees.
    expect(createAppStore({ clock: fixedClock }).getState().cards).toEqual(cardsBefore);
  });

  it('undo of a first answer removes the card record: it is new again', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'x', 3, T0);
    undoLast(store);
    expect(store.getState().cards).toEqual({});
    expect(store.getState().log).toEqual([]);
    expect(undoLast(store)).toBeNull();
  });

  it('reset empties the progress, keeps the settings, removes the log chunks, and survives a reload', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'feat.api-keys.which', 3, T0);
    rateCard(store, 'feat.waf.which', 1, T0 + 1000);
    store.getState().updateSettings({ newPerDay: 12, lang: 'en' });
    expect(Object.keys(localStorage).filter((k) => k.includes(':log:'))).toHaveLength(1);

    store.getState().resetProgress();
    expect(store.getState().log).toEqual([]);
    expect(store.getState().cards).toEqual({});
    expect(Object.keys(localStorage).filter((k) => k.includes(':log:'))).toEqual([]);
    expect(stored().state.generation).toBe(1);

    const reloaded = createAppStore({ clock: fixedClock }).getState();
    expect(reloaded.log).toEqual([]);
    expect(reloaded.cards).toEqual({});
    expect(reloaded.generation).toBe(1);
    expect(reloaded.settings).toMatchObject({ newPerDay: 12, lang: 'en' });
  });

  it('a backup taken before a reset brings the progress back when imported', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'feat.api-keys.which', 3, T0);
    rateCard(store, 'feat.waf.which', 1, T0 + 1000);
    const { cards, log, undone, settings } = store.getState();
    store.getState().resetProgress();
    expect(store.getState().importProgress({ cards, log, undone, settings }, 'merge')).toBe(true);
    expect(store.getState().log.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(store.getState().cards).toEqual(cards);
    expect(createAppStore({ clock: fixedClock }).getState().log).toHaveLength(2);
  });

  it('log entries get unique ids', () => {
    const store = createAppStore({ clock: fixedClock });
    for (let i = 0; i < 50; i++) rateCard(store, `c${i % 5}`, 3, T0);
    const ids = new Set(store.getState().log.map((e) => e.id));
    expect(ids.size).toBe(50);
  });
});

describe('invalid stored data is kept and reported', () => {
  const backupKey = `${BACKUP_PREFIX}${T0}`;

  it.each([
    ['truncated JSON', '{"state":{"cards":{},"log":[', 'not-json', null],
    ["another app's value", '"dark-mode"', 'bad-shape', null],
    [
      'a future version',
      JSON.stringify({ state: { cards: {}, log: [] }, version: 99 }),
      'future-version',
      null,
    ],
    [
      'a wrong type inside the log',
      JSON.stringify({
        state: { cards: {}, log: [{ id: 'a', cardId: 'x', rating: 'good' }] },
        version: 1,
      }),
      'invalid',
      'log.0.rating',
    ],
    ['a missing field', JSON.stringify({ state: { cards: {} }, version: 1 }), 'invalid', 'log'],
  ])(
    '%s: starts fresh, keeps the raw value under a backup key, reports it',
    (_, raw, reason, detail) => {
      localStorage.setItem(STORAGE_KEY, raw);
      const store = createAppStore({ clock: fixedClock });
      const state = store.getState();
      expect(state.cards).toEqual({});
      expect(state.log).toEqual([]);
      expect(localStorage.getItem(backupKey)).toBe(raw);
      expect(state.storageIssue).toEqual({ kind: 'corrupt', reason, detail, backupKey, raw });
    },
  );

  it('keeps the bad value in place and stops writing when the backup cannot be saved', () => {
    const raw = '{"broken';
    localStorage.setItem(STORAGE_KEY, raw);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createAppStore({ clock: fixedClock });
    setItem.mockRestore();
    expect(store.getState().storageIssue).toMatchObject({ kind: 'corrupt', backupKey: null, raw });
    rateCard(store, 'x', 3, T0);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

describe('storage faults while studying', () => {
  it('a failed write is reported, studying goes on, and stored data is untouched', () => {
    const store = createAppStore({ clock: fixedClock });
    rateCard(store, 'a', 3, T0);
    const saved = localStorage.getItem(STORAGE_KEY);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    rateCard(store, 'b', 3, T0 + 1000);
    expect(store.getState().log).toHaveLength(2);
    expect(store.getState().storageIssue).toEqual({ kind: 'write-failed', reason: 'quota' });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(saved);
    setItem.mockRestore();
    // The next write succeeds, saves everything and clears the message.
    rateCard(store, 'c', 3, T0 + 2000);
    expect(store.getState().storageIssue).toBeNull();
    expect((stored().state.log as unknown[]).length).toBe(3);
  });
});
