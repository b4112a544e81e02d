import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../src/domain/card-state.ts';
import { replayCard } from '../../src/domain/replay.ts';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { mergeRemote } from '../../src/store/intake.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard, scheduling } from '../../src/store/review-actions.ts';
import { FakeLocks } from './fixtures/locks.ts';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MIN = 60_000;

const context = (store: AppStore) => ({
  get: store.getState,
  set: store.setState,
  engine: store.engine,
  scheduling: async () => scheduling,
});

function expectReplayed(store: AppStore) {
  const { cards, log } = store.getState();
  for (const [id, card] of Object.entries(cards)) {
    expect(card, id).toEqual(replayCard(log.filter((e) => e.cardId === id)));
  }
}

describe("another device's reviews (sync)", () => {
  it('are stored here with this device’s own, an undo marker from there hides its review here, and a second delivery adds nothing', async () => {
    const locks = new FakeLocks();
    const store = createAppStore({ clock: () => T0, syncTabs: false, locks: webLocks(locks) });
    const mine = [0, 1, 2].map((i) => rateCard(store, `card-${i}`, 3, T0 + i * MIN));
    // 300 reviews from the other device (more than a tab's open chunk holds), one of them
    // taken back there, plus its undo of nothing here.
    const theirs: ReviewEntry[] = Array.from({ length: 300 }, (_, i) => ({
      id: `other${i.toString(36).padStart(5, '0')}`,
      cardId: `card-${i % 7}`,
      rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      review: T0 + (10 + i) * MIN,
      state: 0,
    }));
    const undone = [theirs[299]?.id as string];
    const added = await mergeRemote(context(store), {
      entries: theirs.slice(0, 299),
      undone,
    });
    expect(added).toBe(299);
    expect(store.getState().log).toHaveLength(302);
    expectReplayed(store);
    expect(await mergeRemote(context(store), { entries: theirs.slice(0, 299), undone })).toBe(0);
    // The other device takes back one of its reviews this device already holds.
    const takenBack = theirs[0]?.id as string;
    await mergeRemote(context(store), { entries: [], undone: [...undone, takenBack] });
    expect(store.getState().log).toHaveLength(301);
    expect(store.getState().log.some((e) => e.id === takenBack)).toBe(false);
    expectReplayed(store);

    // A fresh tab reads every one back from storage.
    const reader = createAppStore({ clock: () => T0, syncTabs: false, locks: webLocks(locks) });
    await reader.getState().refresh();
    expect(new Set(reader.getState().log.map((e) => e.id))).toEqual(
      new Set(store.getState().log.map((e) => e.id)),
    );
    expect(reader.getState().log.some((e) => e.id === mine[0]?.id)).toBe(true);
    expectReplayed(reader);
  });
});
