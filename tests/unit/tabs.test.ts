import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { rateCard, undoLast } from '../../src/store/review-actions';
import { STORAGE_KEY } from '../../src/store/schema';

const T0 = Date.UTC(2026, 4, 1, 9, 0);

/** Two tabs of one browser: two stores over the same localStorage. */
function twoTabs() {
  return [createAppStore({ syncTabs: false }), createAppStore({ syncTabs: false })] as const;
}

function storedLog(): { id: string }[] {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state?.log ?? [];
}

describe('two tabs', () => {
  it('a rating in one tab does not overwrite the rating just saved by the other', () => {
    const [a, b] = twoTabs();
    rateCard(a, 'x', 3, T0);
    rateCard(b, 'y', 3, T0 + 1000);
    expect(storedLog()).toHaveLength(2);
    expect(b.getState().log.map((e) => e.cardId)).toEqual(['x', 'y']);
  });

  it("the storage event brings the other tab's ratings in, and writes back what it lacks", () => {
    const [a, b] = twoTabs();
    rateCard(a, 'x', 3, T0);
    b.getState().syncFromOtherTabs();
    expect(b.getState().cards.x).toEqual(a.getState().cards.x);
    expect(b.getState().log).toEqual(a.getState().log);
  });

  it('alternating 25 ratings each keeps all 50 entries in both tabs and in storage', () => {
    const [a, b] = twoTabs();
    for (let i = 0; i < 50; i++) {
      const tab = i % 2 === 0 ? a : b;
      rateCard(tab, `card-${i % 7}`, ((i % 4) + 1) as 1 | 2 | 3 | 4, T0 + i * 60_000);
    }
    a.getState().syncFromOtherTabs();
    b.getState().syncFromOtherTabs();
    expect(storedLog()).toHaveLength(50);
    expect(a.getState().log).toHaveLength(50);
    expect(b.getState().cards).toEqual(a.getState().cards);
  });

  it('an undo in one tab stays undone after the other tab writes', () => {
    const [a, b] = twoTabs();
    rateCard(a, 'x', 3, T0);
    rateCard(a, 'y', 3, T0 + 1000);
    b.getState().syncFromOtherTabs();
    undoLast(a);
    rateCard(b, 'z', 3, T0 + 2000);
    expect(b.getState().log.map((e) => e.cardId)).toEqual(['x', 'z']);
    expect(storedLog()).toHaveLength(2);
    a.getState().syncFromOtherTabs();
    expect(a.getState().log.map((e) => e.cardId)).toEqual(['x', 'z']);
  });

  it('a reset in one tab is not merged back by the other tab, whose later ratings are kept', () => {
    const [a, b] = twoTabs();
    rateCard(a, 'x', 3, T0);
    rateCard(a, 'y', 3, T0 + 1000);
    b.getState().syncFromOtherTabs();
    expect(b.getState().log).toHaveLength(2);
    a.getState().resetProgress();
    expect(storedLog()).toHaveLength(0);
    // B still holds the old history in memory; its next rating must not write it back.
    rateCard(b, 'z', 3, T0 + 2000);
    expect(b.getState().log.map((e) => e.cardId)).toEqual(['z']);
    expect(Object.keys(b.getState().cards)).toEqual(['z']);
    expect(storedLog()).toHaveLength(1);
    a.getState().syncFromOtherTabs();
    expect(a.getState().log.map((e) => e.cardId)).toEqual(['z']);
    expect(a.getState().generation).toBe(1);
    expect(b.getState().generation).toBe(1);
  });

  it('the storage event after a reset empties the other tab too', () => {
    const [a, b] = twoTabs();
    rateCard(a, 'x', 3, T0);
    b.getState().syncFromOtherTabs();
    b.getState().resetProgress();
    a.getState().syncFromOtherTabs();
    expect(a.getState().log).toEqual([]);
    expect(a.getState().cards).toEqual({});
  });

  it('settings: the last tab to save wins', () => {
    const [a, b] = twoTabs();
    a.getState().updateSettings({ newPerDay: 7 });
    b.getState().syncFromOtherTabs();
    expect(b.getState().settings.newPerDay).toBe(7);
  });

  it('a newer app version in another tab: this tab stops writing and says why', () => {
    const [a] = twoTabs();
    rateCard(a, 'x', 3, T0);
    const newer = JSON.stringify({ state: { anything: true }, version: 99 });
    localStorage.setItem(STORAGE_KEY, newer);
    rateCard(a, 'y', 3, T0 + 1000);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(a.getState().storageIssue).toEqual({ kind: 'newer-elsewhere' });
  });
});
