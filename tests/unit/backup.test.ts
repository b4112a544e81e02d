import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayCard } from '../../src/domain/replay.ts';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import {
  BACKUP_FORMAT,
  backupFileName,
  buildBackup,
  MAX_IMPORT_BYTES,
  parseBackup,
} from '../../src/store/backup.ts';
import { buildDump, listKept, readKept } from '../../src/store/backups.ts';
import { webLocks } from '../../src/store/locks.ts';
import { rateCard, undoLast } from '../../src/store/review-actions.ts';
import { KEYS, MAX_INSTANT } from '../../src/store/schema.ts';
import { FakeLocks } from './fixtures/locks.ts';
import { readStored, storageItems } from './fixtures/stored.ts';

const NOW = Date.UTC(2026, 10, 24, 12, 0);
const DAY = 86_400_000;

const here = import.meta.url;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/storage/${name}`, here), 'utf8');

function newStore(clock = () => NOW): AppStore {
  return createAppStore({ clock, syncTabs: false, locks: webLocks(new FakeLocks()) });
}

function exported(store: AppStore, at = NOW): string {
  const { cards, log, undone, settings, generation } = store.getState();
  return buildBackup({ cards, log, undone, settings, generation }, '0.2.0', at);
}

function validBackup() {
  const store = newStore();
  rateCard(store, 'feat.api-keys.which', 3, NOW - 2 * DAY);
  rateCard(store, 'feat.waf.which', 1, NOW - DAY);
  const text = exported(store);
  localStorage.clear();
  return JSON.parse(text);
}

function parsedOrThrow(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.error)}`);
  return parsed.backup;
}

describe('backup file', () => {
  it('holds the log, card states, settings, counts, versions and the export time', () => {
    const backup = validBackup();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.schemaVersion).toBe(3);
    expect(backup.appVersion).toBe('0.2.0');
    expect(backup.exportedAt).toBe(NOW);
    expect(backup.counts).toEqual({ reviews: 2, cards: 2, attempts: 0 });
    expect(Object.keys(backup.state).sort()).toEqual([
      'attempts',
      'cards',
      'generation',
      'log',
      'settings',
      'undone',
    ]);
  });

  it('is named with the local date', () => {
    expect(backupFileName(NOW)).toBe('apigw-flashcards-backup-2026-11-24.json');
  });

  it('a replace with the file restores exactly what it holds: reviews, undos, settings, card states', async () => {
    const store = newStore();
    for (let i = 0; i < 60; i++)
      rateCard(store, `card-${i % 8}`, ((i % 4) + 1) as 1, NOW + i * 60_000);
    undoLast(store);
    store.getState().updateSettings({ newPerDay: 9, retention: 0.85, lang: 'en' });
    rateCard(store, 'card-0', 3, NOW + DAY);
    const file = exported(store, NOW + DAY);
    const before = store.getState();
    localStorage.clear();
    const fresh = newStore();
    expect(
      await fresh.getState().importProgress(parsedOrThrow(file).state, 'replace'),
    ).toMatchObject({ ok: true });
    const after = newStore();
    await after.getState().refresh();
    for (const s of [fresh.getState(), after.getState()]) {
      expect(s.log).toEqual(before.log);
      expect(s.cards).toEqual(before.cards);
      expect(s.settings).toMatchObject({ newPerDay: 9, retention: 0.85, lang: 'en' });
    }
  });

  // Issue #11, case 11: after the clock ran ahead by more than a day, the learner's own
  // export was refused as an "impossible future date".
  it("a file made while the device's clock was a year ahead imports back", async () => {
    const ahead = newStore(() => NOW + 365 * DAY);
    rateCard(ahead, 'feat.waf.which', 3, NOW + 365 * DAY);
    const file = exported(ahead, NOW + 365 * DAY);
    localStorage.clear();
    const store = newStore();
    const result = await store.getState().importProgress(parsedOrThrow(file).state, 'merge');
    expect(result).toEqual({ ok: true, added: 1 });
    // And studying that card now counts just after its (future) last review.
    rateCard(store, 'feat.waf.which', 3, NOW);
    expect(readStored().log).toHaveLength(2);
  });

  it('files from app versions 1 and 2 import (their undo fields are dropped; undo now replays)', async () => {
    const v1 = JSON.parse(fixture('valid-v1.txt'));
    const v1File = JSON.stringify({
      format: BACKUP_FORMAT,
      schemaVersion: 1,
      appVersion: '0.0.1',
      exportedAt: NOW,
      state: v1.state,
    });
    const store = newStore();
    expect(await store.getState().importProgress(parsedOrThrow(v1File).state, 'merge')).toEqual({
      ok: true,
      added: 10,
    });
    for (const [id, card] of Object.entries(store.getState().cards)) {
      const { basis: _b, ...state } = card;
      expect(state).toEqual(v1.state.cards[id]);
    }
    const v2File = JSON.stringify({
      format: BACKUP_FORMAT,
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: NOW,
      state: {
        ...v1.state,
        log: v1.state.log.map((e: Record<string, unknown>) => {
          const { id, cardId, rating, review, state, ...undo } = e;
          return { id, cardId, rating, review, state, undo };
        }),
      },
    });
    expect(parsedOrThrow(v2File).state.log).toHaveLength(10);
  });

  it('keeps card ids this deck does not know (a newer deck)', () => {
    const backup = validBackup();
    backup.state.cards['feat.from-a-newer-deck.which'] = backup.state.cards['feat.waf.which'];
    backup.counts.cards = 3;
    expect(Object.keys(parsedOrThrow(JSON.stringify(backup)).state.cards)).toContain(
      'feat.from-a-newer-deck.which',
    );
  });
});

describe('files of stored values (the storage alert download, kept copies)', () => {
  // Issue #11, case 10: "Download the original data" gave a file the import refused.
  it('the damaged data the app offers for download imports back what can be read', async () => {
    const store = newStore();
    for (let i = 0; i < 30; i++) rateCard(store, `c${i % 6}`, 3, NOW + i * 60_000);
    const key = Object.keys(localStorage).find((k) => k.startsWith(KEYS.chunkPrefix)) as string;
    const raw = localStorage.getItem(key) as string;
    localStorage.setItem(key, raw.replace(/\|([0-9a-z-]+),/, '|??,'));
    const damaged = newStore();
    await damaged.ready;
    const issue = damaged.getState().storageIssue;
    if (issue?.kind !== 'damaged') throw new Error('no damage reported');
    const parsed = parsedOrThrow(issue.download);
    expect(parsed.kind).toBe('storage');
    expect(parsed.state.log).toHaveLength(29);
    expect(parsed.unreadable).toEqual({ reviews: 1, values: 0 });
    localStorage.clear();
    const elsewhere = newStore();
    expect(await elsewhere.getState().importProgress(parsed.state, 'merge')).toEqual({
      ok: true,
      added: 29,
    });
  });

  it('a copy kept by an older version (raw value, or main value with chunks) downloads as a file that imports', async () => {
    localStorage.setItem(`${KEYS.backupPrefix}${NOW}`, fixture('valid-v1.txt'));
    const [kept] = listKept();
    expect(kept).toMatchObject({ reason: 'older', savedAt: NOW });
    const parsed = parsedOrThrow(JSON.stringify(readKept(kept?.key as string)));
    expect(parsed.state.log).toHaveLength(10);
  });

  it('a whole storage dump restores exactly what the storage held', async () => {
    const store = newStore();
    for (let i = 0; i < 40; i++) rateCard(store, `c${i % 6}`, 2, NOW + i * 60_000);
    const dump = buildDump(Object.fromEntries(storageItems()), 'replaced', NOW);
    const before = store.getState();
    localStorage.clear();
    const other = newStore();
    await other.getState().importProgress(parsedOrThrow(dump).state, 'replace');
    expect(other.getState().log).toEqual(before.log);
    expect(other.getState().cards).toEqual(before.cards);
  });
});

describe('a bad import file says what is wrong, in words, and changes nothing', () => {
  type B = ReturnType<typeof validBackup>;
  const cases: [string, (b: B) => string, object][] = [
    ['not JSON', () => 'this is not { json', { code: 'not-json' }],
    ['JSON, but not a backup', () => JSON.stringify({ hello: 'world' }), { code: 'not-backup' }],
    [
      'another format marker',
      (b) => JSON.stringify({ ...b, format: 'anki' }),
      { code: 'not-backup' },
    ],
    [
      'a future schema version',
      (b) => JSON.stringify({ ...b, schemaVersion: 7 }),
      { code: 'future-version', version: 7 },
    ],
    [
      'a log that is not a list',
      (b) => JSON.stringify({ ...b, state: { ...b.state, log: 'none' } }),
      { code: 'invalid', problem: { where: 'file', item: null, field: 'shape' } },
    ],
    [
      'cards as a list where a record belongs',
      (b) =>
        JSON.stringify({ ...b, state: { ...b.state, cards: [b.state.cards['feat.waf.which']] } }),
      { code: 'invalid', problem: { where: 'file', item: null, field: 'shape' } },
    ],
    [
      'negative stability',
      (b) => {
        b.state.cards['feat.waf.which'].stability = -3;
        return JSON.stringify(b);
      },
      { code: 'invalid', problem: { where: 'card', item: 'feat.waf.which', field: 'number' } },
    ],
    [
      'a rating of 9',
      (b) => {
        b.state.log[1].rating = 9;
        return JSON.stringify(b);
      },
      { code: 'invalid', problem: { where: 'review', item: 2, field: 'rating' } },
    ],
    // Issue #11, case 8: a time outside the Date range passed, then wrote null.
    [
      'a review time outside what a Date can hold',
      (b) => {
        b.state.log[0].review = 8.64e15 + 1;
        return JSON.stringify(b);
      },
      { code: 'invalid', problem: { where: 'review', item: 1, field: 'date' } },
    ],
    [
      'a due date past the year 9999',
      (b) => {
        b.state.cards['feat.waf.which'].due = MAX_INSTANT + 1;
        return JSON.stringify(b);
      },
      { code: 'invalid', problem: { where: 'card', item: 'feat.waf.which', field: 'date' } },
    ],
    [
      'counts that disagree with the contents (a file cut short or edited)',
      (b) => JSON.stringify({ ...b, counts: { reviews: 5, cards: 2 } }),
      { code: 'counts', stated: 5, found: 2 },
    ],
    [
      'a __proto__ key',
      (b) => JSON.stringify(b).replace('"cards":{', '"cards":{"__proto__":{"polluted":true},'),
      { code: 'forbidden-key', key: '__proto__' },
    ],
    [
      'a constructor key',
      (b) =>
        JSON.stringify(b).replace('"settings":{', '"settings":{"constructor":{"prototype":{}},'),
      { code: 'forbidden-key', key: 'prototype' },
    ],
    [
      'over 10 MB',
      () => ' '.repeat(MAX_IMPORT_BYTES + 1),
      { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    ],
  ];

  it.each(cases)('%s', (_, make, error) => {
    expect(parseBackup(make(validBackup()))).toEqual({ ok: false, error });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an out-of-range export time in settings falls back instead of failing the file', () => {
    const b = validBackup();
    b.state.settings.lastExportAt = 1e300;
    expect(parsedOrThrow(JSON.stringify(b)).state.settings.lastExportAt).toBeNull();
  });
});

describe('importing into the store', () => {
  it("merge adds the backup's reviews and keeps the ones only here; every card is its replay", async () => {
    const backup = validBackup();
    const store = newStore();
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW);
    rateCard(store, 'feat.waf.which', 4, NOW + 60_000);
    const result = await store
      .getState()
      .importProgress(parsedOrThrow(JSON.stringify(backup)).state, 'merge');
    expect(result).toEqual({ ok: true, added: 2 });
    expect(store.getState().log).toHaveLength(4);
    const { cards, log } = store.getState();
    for (const [id, card] of Object.entries(cards)) {
      expect(card).toEqual(replayCard(log.filter((e) => e.cardId === id)));
    }
    expect(newStore().getState().log).toHaveLength(4);
  });

  // Issue #11, case 7: with "Merge", a file whose undone list named this browser's entries
  // deleted 50 local reviews.
  it("merge never deletes a review made here, whatever the file's undone list says", async () => {
    const backup = validBackup();
    const here = newStore();
    const ids = Array.from(
      { length: 50 },
      (_, i) => rateCard(here, `c${i % 9}`, 3, NOW + i * 60_000).id,
    );
    // A file whose undone list names every review of this browser.
    backup.state.undone = ids;
    const result = await here
      .getState()
      .importProgress(parsedOrThrow(JSON.stringify(backup)).state, 'merge');
    expect(result).toEqual({ ok: true, added: 2 });
    expect(readStored().log).toHaveLength(52);
    for (const id of ids) expect(readStored().log.some((e) => e.id === id)).toBe(true);
  });

  it('replace keeps everything stored before under a kept copy that imports back', async () => {
    const backup = validBackup();
    const store = newStore();
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW);
    const before = storageItems();
    await store.getState().importProgress(parsedOrThrow(JSON.stringify(backup)).state, 'replace');
    expect(store.getState().log.map((e) => e.cardId)).toEqual([
      'feat.api-keys.which',
      'feat.waf.which',
    ]);
    const [kept, ...more] = listKept();
    expect(more).toEqual([]);
    expect(kept?.reason).toBe('replaced');
    const dump = readKept(kept?.key as string);
    expect(new Map(Object.entries(dump?.items ?? {}))).toEqual(before);
    expect(parsedOrThrow(JSON.stringify(dump)).state.log.map((e) => e.cardId)).toEqual([
      'ws.idle-timeout.qa',
    ]);
  });
});
