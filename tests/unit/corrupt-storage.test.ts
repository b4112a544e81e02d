import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CardState, ReviewEntry } from '../../src/domain/card-state';
import { applyRating } from '../../src/domain/scheduler';
import { type AppState, createAppStore } from '../../src/store/app-store';
import type { DecodeFailure } from '../../src/store/layout';
import { rateCard, undoLast } from '../../src/store/review-actions';
import {
  BACKUP_PREFIX,
  DEFAULT_SETTINGS,
  type PersistedState,
  SCHEMA_VERSION,
  STORAGE_KEY,
} from '../../src/store/schema';
import { nestUndo, readStored } from './fixtures/stored';

/**
 * Each case is a stored value kept as a literal file under fixtures/storage, put under the
 * app's key before the app starts. The corrupt ones are the valid one (saved from real
 * ratings) with one defect, or another app's value.
 */

const T0 = Date.UTC(2026, 2, 20, 9, 0);
const fixedClock = () => T0;
const backupKey = `${BACKUP_PREFIX}${T0}`;
/** After the fixture's last review (2026-03-12). */
const LATER = Date.UTC(2026, 2, 20, 9, 30);

// Through a variable: Vite rewrites `new URL(…, import.meta.url)` written inline into a
// dev-server asset URL, which readFileSync cannot open.
const here = import.meta.url;

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/storage/${name}`, here), 'utf8');
}

function backupKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  return keys;
}

function persisted(state: AppState): PersistedState {
  return { cards: state.cards, log: state.log, undone: state.undone, settings: state.settings };
}

function startWith(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  return createAppStore({ clock: fixedClock, syncTabs: false });
}

const valid = fixture('valid-v1.txt');
const validValue = JSON.parse(valid) as { state: PersistedState; version: number };

interface CorruptCase {
  readonly file: string;
  readonly what: string;
  readonly reason: DecodeFailure;
  readonly detail: string | null;
}

const corrupt: readonly CorruptCase[] = [
  {
    file: 'truncated-json.txt',
    what: 'truncated JSON (a real value cut mid-way)',
    reason: 'not-json',
    detail: null,
  },
  {
    file: 'wrong-type-card-due.txt',
    what: "a card's due stored as a date string",
    reason: 'invalid',
    detail: 'cards.feat.waf.which.due',
  },
  {
    file: 'wrong-type-log-rating.txt',
    what: "a log rating stored as 'good'",
    reason: 'invalid',
    detail: 'log.3.rating',
  },
  { file: 'missing-log.txt', what: 'a state without its log', reason: 'invalid', detail: 'log' },
  {
    file: 'future-version.txt',
    what: 'a value written by a newer app (version 2)',
    reason: 'future-version',
    detail: null,
  },
  {
    file: 'other-app-object.txt',
    what: "another app's object under our key",
    reason: 'bad-shape',
    detail: null,
  },
  {
    file: 'other-app-json-string.txt',
    what: "another app's JSON string under our key",
    reason: 'bad-shape',
    detail: null,
  },
  {
    file: 'other-app-plain-string.txt',
    what: "another app's bare (non-JSON) string under our key",
    reason: 'not-json',
    detail: null,
  },
];

const overwritable = corrupt.filter((c) => c.reason !== 'future-version');

describe('the valid v1 fixture (saved by the single-key layout, from real ratings)', () => {
  const migratedLog = (validValue.state.log as unknown as Record<string, unknown>[]).map(nestUndo);

  it('loads without any issue and without a backup copy, migrated to version 2', () => {
    const store = startWith(valid);
    const state = store.getState();
    expect(state.storageIssue).toBeNull();
    expect(state.cards).toEqual(validValue.state.cards);
    expect(state.log).toEqual(migratedLog);
    // Settings added since (the theme) come from the defaults.
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, ...validValue.state.settings });
    expect(state.log).toHaveLength(10);
    expect(state.undone).toHaveLength(1);
    expect(backupKeys()).toEqual([]);
    // Nothing is rewritten until the learner changes something.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(valid);
  });

  it('is exactly what the version 1 app wrote: compact JSON, version 1, the persisted keys', () => {
    expect(JSON.stringify(validValue)).toBe(valid);
    expect(validValue.version).toBe(1);
    expect(Object.keys(validValue.state)).toEqual(['cards', 'log', 'undone', 'settings']);
  });

  it('replaying its log through the scheduler reproduces every entry and card', () => {
    const { cards, settings } = validValue.state;
    const replayed: Record<string, CardState> = {};
    for (const e of migratedLog as unknown as ReviewEntry[]) {
      const { card, entry } = applyRating(
        e.cardId,
        replayed[e.cardId],
        e.rating,
        e.review,
        e.id,
        settings.retention,
      );
      expect(entry).toEqual(e);
      replayed[e.cardId] = card;
    }
    expect(replayed).toEqual(cards);
  });

  it('studying on keeps its history and stores it in the version 2 layout', () => {
    const store = startWith(valid);
    rateCard(store, 'feat.caching.which', 3, LATER);
    expect(readStored()).toEqual({ ok: true, state: persisted(store.getState()) });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').version).toBe(SCHEMA_VERSION);
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${STORAGE_KEY}:log:`))).toBe(true);
    expect(store.getState().log).toHaveLength(11);
    expect(store.getState().log.slice(0, 10)).toEqual(migratedLog);
    expect(backupKeys()).toEqual([]);
  });
});

describe('the corrupt fixtures are a real value with one defect', () => {
  it('the truncated value is the first half of the valid one', () => {
    const raw = fixture('truncated-json.txt');
    expect(valid.startsWith(raw)).toBe(true);
    expect(raw.length).toBe(Math.floor(valid.length / 2));
  });

  it("the date-string due is the valid card's due time", () => {
    const value = JSON.parse(fixture('wrong-type-card-due.txt'));
    const card = value.state.cards['feat.waf.which'];
    expect(typeof card.due).toBe('string');
    card.due = Date.parse(card.due);
    expect(value).toEqual(validValue);
  });

  it("the rating 'good' replaces a valid Good (3)", () => {
    const value = JSON.parse(fixture('wrong-type-log-rating.txt'));
    expect(value.state.log[3].rating).toBe('good');
    value.state.log[3].rating = 3;
    expect(value).toEqual(validValue);
  });

  it('the value without a log is the valid one minus its log', () => {
    const value = JSON.parse(fixture('missing-log.txt'));
    expect(value.state).not.toHaveProperty('log');
    const { log: _, ...rest } = validValue.state;
    expect(value).toEqual({ ...validValue, state: rest });
  });

  it('the newer value is the valid one at version 3 with a field v1 does not know', () => {
    const value = JSON.parse(fixture('future-version.txt'));
    expect(value.version).toBe(3);
    const { tags, ...rest } = value.state;
    expect(tags).toBeDefined();
    expect({ ...value, state: rest, version: 1 }).toEqual(validValue);
  });
});

describe('corrupt stored values: the app starts, keeps a copy, reports it', () => {
  it.each(corrupt)('$what ($file): starts empty', ({ file }) => {
    const state = startWith(fixture(file)).getState();
    expect(state.cards).toEqual({});
    expect(state.log).toEqual([]);
    expect(state.undone).toEqual([]);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each(corrupt)('$what ($file): the raw value is copied byte for byte', ({ file }) => {
    const raw = fixture(file);
    startWith(raw);
    expect(backupKeys()).toEqual([backupKey]);
    expect(localStorage.getItem(backupKey)).toBe(raw);
  });

  it.each(corrupt)('$what ($file): reported as $reason', ({ file, reason, detail }) => {
    const raw = fixture(file);
    const state = startWith(raw).getState();
    expect(state.storageIssue).toEqual({ kind: 'corrupt', reason, detail, backupKey, raw });
  });

  it.each(overwritable)(
    '$what ($file): after a rating the main key holds the new state, the backup the old value',
    ({ file }) => {
      const raw = fixture(file);
      const store = startWith(raw);
      rateCard(store, 'feat.api-keys.which', 3, LATER);
      const saved = readStored();
      expect(saved).toEqual({ ok: true, state: persisted(store.getState()) });
      expect(store.getState().log.map((e) => e.cardId)).toEqual(['feat.api-keys.which']);
      expect(localStorage.getItem(backupKey)).toBe(raw);
      expect(backupKeys()).toEqual([backupKey]);
    },
  );

  it('a newer version: the main key is never overwritten, whatever the learner does', () => {
    const raw = fixture('future-version.txt');
    const store = startWith(raw);
    rateCard(store, 'feat.api-keys.which', 3, LATER);
    rateCard(store, 'feat.waf.which', 1, LATER + 1000);
    undoLast(store);
    store.getState().updateSettings({ newPerDay: 5 });
    // Studying goes on in memory...
    expect(store.getState().log.map((e) => e.cardId)).toEqual(['feat.api-keys.which']);
    // ...but the newer app's data stays exactly as it was, and so does its copy.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    expect(localStorage.getItem(backupKey)).toBe(raw);
    expect(backupKeys()).toEqual([backupKey]);
  });
});
