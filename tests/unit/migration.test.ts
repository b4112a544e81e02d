import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayCard } from '../../src/domain/replay.ts';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { KEYS } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { readStored } from './fixtures/stored.ts';

// Through a variable: Vite rewrites `new URL(…, import.meta.url)` written inline into a
// dev-server asset URL, which readFileSync cannot open.
const here = import.meta.url;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/storage/${name}`, here), 'utf8');

/** Version 1: one key, 320 reviews with undo data flat on each (14 more were undone). */
const V1 = fixture('legacy-v1-320.txt');
/** Version 2 as app 0.1.0 (commit fb339ce) stored it: 620 reviews in 3 chunks. */
const V2: Record<string, string> = JSON.parse(fixture('legacy-v2-620.json')).items;

const LATER = Date.UTC(2026, 8, 1, 10, 0);

async function newStore(): Promise<AppStore> {
  const store = createAppStore({
    clock: () => LATER,
    syncTabs: false,
    locks: webLocks(new FakeLocks()),
  });
  await store.ready;
  return store;
}

function loadV2(edit?: (items: Record<string, string>) => void) {
  const items = structuredClone(V2);
  edit?.(items);
  for (const [k, value] of Object.entries(items)) localStorage.setItem(k, value);
}

const v1Ids = (): string[] => JSON.parse(V1).state.log.map((e: { id: string }) => e.id);

function expectReplayed(store: AppStore) {
  const { cards, log } = store.getState();
  for (const [id, card] of Object.entries(cards)) {
    expect(card, id).toEqual(replayCard(log.filter((e) => e.cardId === id)));
  }
}

/** Upgrade, rate, reload: every review must still be there. */
async function upgradeRateReload() {
  const first = await newStore();
  await first.getState().refresh();
  const before = first.getState().log.map((e) => e.id);
  const entry = rateCard(first, 'feat.waf.which', 3, LATER);
  const second = await newStore();
  await second.getState().refresh();
  return { first, second, before, entry };
}

describe('upgrading from version 1', () => {
  // Issue #11, case 1: with 250 or more reviews, one rating after the upgrade left the
  // stored value unreadable: 320 reviews, then 0 after a reload (seen with commit fb339ce).
  it('320 reviews, a rating, a reload: all 321 are there, and every card is their replay', async () => {
    localStorage.setItem(KEYS.main, V1);
    const { first, second, before, entry } = await upgradeRateReload();
    expect(before).toHaveLength(320);
    expect(new Set(before)).toEqual(new Set(v1Ids()));
    expect(second.getState().log.map((e) => e.id)).toEqual(
      [...before, entry.id].sort((a, b) => {
        const ea = second.getState().log.find((e) => e.id === a);
        const eb = second.getState().log.find((e) => e.id === b);
        return (ea?.review ?? 0) - (eb?.review ?? 0) || (a < b ? -1 : 1);
      }),
    );
    expect(second.getState().log).toHaveLength(321);
    expect(second.getState().cards).toEqual(first.getState().cards);
    expect(second.getState().storageIssue).toBeNull();
    expectReplayed(second);
    // The old layout is gone only now that its reviews are in chunks that read back.
    expect(JSON.parse(localStorage.getItem(KEYS.main) as string).version).toBe(3);
  });

  it('the version 1 card states are what a replay of their reviews gives', async () => {
    localStorage.setItem(KEYS.main, V1);
    const store = await newStore();
    await store.getState().refresh();
    const old = JSON.parse(V1).state.cards;
    for (const [id, card] of Object.entries(store.getState().cards)) {
      const { basis: _b, ...state } = card;
      expect(state, id).toEqual(old[id]);
    }
  });

  it('an entry without undo fields, or one bad entry, costs that entry at most', async () => {
    const value = JSON.parse(V1);
    for (const k of ['prevDue', 'logDue', 'stability']) delete value.state.log[5][k];
    value.state.log[9].rating = 'good';
    localStorage.setItem(KEYS.main, JSON.stringify(value));
    const store = await newStore();
    expect(store.getState().log).toHaveLength(319);
    expect(store.getState().storageIssue).toMatchObject({
      kind: 'damaged',
      recovered: 319,
      lost: 1,
    });
  });

  it('a byte-order mark before the JSON is no damage', async () => {
    localStorage.setItem(KEYS.main, `\uFEFF${V1}`);
    const store = await newStore();
    expect(store.getState().log).toHaveLength(320);
    expect(store.getState().storageIssue).toBeNull();
  });
});

describe("upgrading from version 2 (today's layout)", () => {
  it('620 reviews in 3 chunks, a rating, a reload: all 621 are there', async () => {
    loadV2();
    const { second, before, entry } = await upgradeRateReload();
    expect(before).toHaveLength(620);
    expect(second.getState().log).toHaveLength(621);
    expect(second.getState().log.map((e) => e.id)).toContain(entry.id);
    for (const id of before) expect(second.getState().log.some((e) => e.id === id)).toBe(true);
    expect(second.getState().settings.newPerDay).toBe(15);
    expectReplayed(second);
    // The version 2 chunks were removed after the migration was read back.
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEYS.legacyChunkPrefix))).toEqual(
      [],
    );
  });

  it('undone reviews stay undone after the upgrade', async () => {
    loadV2();
    const undone: string[] = JSON.parse(V2[KEYS.main] as string).state.undone;
    expect(undone).toHaveLength(16);
    const store = await newStore();
    await store.getState().refresh();
    for (const id of undone) expect(store.getState().undone).toContain(id);
    for (const id of undone) expect(store.getState().log.some((e) => e.id === id)).toBe(false);
  });

  // Issue #11, case 9: each of these made the app start with 0 of 600 reviews, or drop some silently.
  it.each([
    [
      'a missing chunk',
      (items: Record<string, string>) => {
        delete items[`${KEYS.legacyChunkPrefix}1-hhoa`];
      },
      370,
    ],
    [
      'a garbled entry in the middle chunk',
      (items: Record<string, string>) => {
        const key = `${KEYS.legacyChunkPrefix}1-hhoa`;
        const parts = (items[key] as string).split('|');
        parts[40] = (parts[40] as string).replace(/,(\d)(\d),/, ',9$2,');
        items[key] = parts.join('|');
      },
      619,
    ],
    [
      'one bad card tuple',
      (items: Record<string, string>) => {
        const main = JSON.parse(items[KEYS.main] as string);
        const first = Object.keys(main.state.cards)[0] as string;
        main.state.cards[first] = ['x'];
        items[KEYS.main] = JSON.stringify(main);
      },
      620,
    ],
    [
      'cards stored as a list',
      (items: Record<string, string>) => {
        const main = JSON.parse(items[KEYS.main] as string);
        main.state.cards = Object.values(main.state.cards);
        items[KEYS.main] = JSON.stringify(main);
      },
      620,
    ],
    [
      'a stored log length smaller than its entries',
      (items: Record<string, string>) => {
        const main = JSON.parse(items[KEYS.main] as string);
        main.state.log.length = 500;
        items[KEYS.main] = JSON.stringify(main);
      },
      620,
    ],
  ])(
    '%s: every review that can be read is recovered, and the learner is told',
    async (_, edit, expected) => {
      loadV2(edit);
      const store = await newStore();
      await store.getState().refresh();
      expect(store.getState().log).toHaveLength(expected);
      expectReplayed(store);
      const issue = store.getState().storageIssue;
      if (expected < 620) {
        expect(issue).toMatchObject({ kind: 'damaged', recovered: expected });
      }
      rateCard(store, 'feat.waf.which', 3, LATER);
      expect(readStored().log).toHaveLength(expected + 1);
    },
  );
});
