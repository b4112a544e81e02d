import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../src/domain/card-state.ts';
import { replayCard } from '../../src/domain/replay.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { parseBackup } from '../../src/store/backup.ts';
import { readKept } from '../../src/store/backups.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { KEYS } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { readStored } from './fixtures/stored.ts';

/** After the fixture's last review (2026-03-12). */
const LATER = Date.UTC(2026, 2, 20, 9, 30);

// Through a variable: Vite rewrites `new URL(…, import.meta.url)` written inline into a
// dev-server asset URL, which readFileSync cannot open.
const here = import.meta.url;

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/storage/${name}`, here), 'utf8');
}

const backupKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(KEYS.backupPrefix));

async function startWith(raw: string) {
  localStorage.setItem(KEYS.main, raw);
  const store = createAppStore({
    clock: () => LATER,
    syncTabs: false,
    locks: webLocks(new FakeLocks()),
  });
  await store.ready;
  return store;
}

const valid = fixture('valid-v1.txt');
const validValue = JSON.parse(valid) as {
  state: { cards: Record<string, unknown>; log: ReviewEntry[] };
};

interface CorruptCase {
  readonly file: string;
  readonly what: string;
  /** Reviews recovered, and reviews known lost (null: how many cannot be told). */
  readonly recovered: number;
  readonly lost: number | null;
}

const corrupt: readonly CorruptCase[] = [
  {
    file: 'truncated-json.txt',
    what: 'truncated JSON (a real value cut mid-way)',
    recovered: 0,
    lost: null,
  },
  {
    file: 'wrong-type-card-due.txt',
    what: "a card's due stored as a date string",
    recovered: 10,
    lost: 0,
  },
  {
    file: 'wrong-type-log-rating.txt',
    what: "a log rating stored as 'good'",
    recovered: 9,
    lost: 1,
  },
  { file: 'missing-log.txt', what: 'a state without its log', recovered: 0, lost: null },
  {
    file: 'other-app-object.txt',
    what: "another app's object under our key",
    recovered: 0,
    lost: null,
  },
  {
    file: 'other-app-json-string.txt',
    what: "another app's JSON string under our key",
    recovered: 0,
    lost: null,
  },
  {
    file: 'other-app-plain-string.txt',
    what: "another app's bare string under our key",
    recovered: 0,
    lost: null,
  },
];

describe('the valid v1 fixture (saved by the single-key layout, from real ratings)', () => {
  it('loads without any issue and without a kept copy; its cards are the replay of its reviews', async () => {
    const store = await startWith(valid);
    await store.getState().refresh();
    expect(store.getState().storageIssue).toBeNull();
    expect(backupKeys()).toEqual([]);
    expect(store.getState().log.map((e) => e.id)).toEqual(validValue.state.log.map((e) => e.id));
    for (const [id, card] of Object.entries(store.getState().cards)) {
      const { basis: _b, ...state } = card;
      expect(state).toEqual(validValue.state.cards[id]);
      expect(card).toEqual(replayCard(store.getState().log.filter((e) => e.cardId === id)));
    }
  });

  it('studying on keeps its history, stored in the version 3 layout', async () => {
    const store = await startWith(valid);
    rateCard(store, 'feat.api-keys.which', 3, LATER);
    expect(readStored().log).toHaveLength(11);
    expect(JSON.parse(localStorage.getItem(KEYS.main) as string).version).toBe(3);
  });
});

describe('corrupt stored values: the app starts with what it can read, keeps the value, says so', () => {
  it.each(corrupt)('$what ($file)', async ({ file, recovered, lost }) => {
    const raw = fixture(file);
    const store = await startWith(raw);
    await store.getState().refresh();
    expect(store.getState().log).toHaveLength(recovered);
    expect(store.getState().storageIssue).toMatchObject(
      lost === null
        ? { kind: 'damaged', recovered, unknown: 1 }
        : { kind: 'damaged', recovered, lost, unknown: 0 },
    );
    // The raw value is kept byte for byte, once, in a file the import reads back.
    const [key, ...more] = backupKeys();
    expect(more).toEqual([]);
    const dump = readKept(key as string);
    expect(dump?.items[KEYS.main]).toBe(raw);
    const parsed = parseBackup(JSON.stringify(dump));
    if (recovered > 0) expect(parsed.ok && parsed.backup.state.log.length).toBe(recovered);
    // Studying goes on and is saved.
    rateCard(store, 'feat.api-keys.which', 3, LATER);
    expect(readStored().log).toHaveLength(recovered + 1);
  });

  it('a value of a newer version of the app: read as far as it goes, never written over', async () => {
    const raw = fixture('future-version.txt');
    const store = await startWith(raw);
    expect(store.getState().storageIssue).toEqual({ kind: 'newer' });
    rateCard(store, 'feat.api-keys.which', 3, LATER);
    store.getState().updateSettings({ newPerDay: 3 });
    expect(localStorage.getItem(KEYS.main)).toBe(raw);
    expect(Object.keys(localStorage)).toEqual([KEYS.main]);
  });
});
