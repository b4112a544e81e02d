import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import {
  BACKUP_FORMAT,
  backupFileName,
  buildBackup,
  MAX_IMPORT_BYTES,
  parseBackup,
} from '../../src/store/backup';
import { rateCard } from '../../src/store/review-actions';

const NOW = Date.UTC(2026, 10, 24, 12, 0);
const DAY = 86_400_000;

function validBackup() {
  const store = createAppStore({ clock: () => NOW });
  rateCard(store, 'feat.api-keys.which', 3, NOW - 2 * DAY);
  rateCard(store, 'feat.waf.which', 1, NOW - DAY);
  const { cards, log, undone, settings } = store.getState();
  return JSON.parse(buildBackup({ cards, log, undone, settings }, '0.1.0', NOW));
}

describe('backup file', () => {
  it('holds card states, the log, settings, schema version, app version and export time', () => {
    const backup = validBackup();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.schemaVersion).toBe(2);
    expect(backup.appVersion).toBe('0.1.0');
    expect(backup.exportedAt).toBe(NOW);
    expect(Object.keys(backup.state).sort()).toEqual(['cards', 'log', 'settings', 'undone']);
    expect(backup.state.log).toHaveLength(2);
  });

  it('is named with the local date', () => {
    expect(backupFileName(NOW)).toBe('apigw-flashcards-backup-2026-11-24.json');
  });

  it('reads back what it wrote', () => {
    const backup = validBackup();
    const parsed = parseBackup(JSON.stringify(backup), NOW);
    expect(parsed.ok && parsed.backup.state.log).toEqual(backup.state.log);
  });

  it('keeps card ids this deck does not know (a newer deck)', () => {
    const backup = validBackup();
    backup.state.cards['feat.from-a-newer-deck.which'] = backup.state.cards['feat.waf.which'];
    const parsed = parseBackup(JSON.stringify(backup), NOW);
    expect(parsed.ok && Object.keys(parsed.backup.state.cards)).toContain(
      'feat.from-a-newer-deck.which',
    );
  });
});

describe('a bad import file says what is wrong', () => {
  const cases: [string, (b: ReturnType<typeof validBackup>) => string, object][] = [
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
      'a wrong shape inside',
      (b) => JSON.stringify({ ...b, state: { ...b.state, log: 'none' } }),
      { code: 'invalid', path: 'log' },
    ],
    [
      'negative stability',
      (b) => {
        b.state.cards['feat.waf.which'].stability = -3;
        return JSON.stringify(b);
      },
      { code: 'invalid', path: 'cards.feat.waf.which.stability' },
    ],
    [
      'a rating of 9',
      (b) => {
        b.state.log[1].rating = 9;
        return JSON.stringify(b);
      },
      { code: 'invalid', path: 'log.1.rating' },
    ],
    [
      'a review dated far in the future',
      (b) => {
        b.state.log[0].review = NOW + 400 * DAY;
        return JSON.stringify(b);
      },
      { code: 'future-date', path: 'log.0.review' },
    ],
    [
      'a due date beyond any interval',
      (b) => {
        b.state.cards['feat.waf.which'].due = NOW + 40_000 * DAY;
        return JSON.stringify(b);
      },
      { code: 'future-date', path: 'cards.feat.waf.which.due' },
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
    const result = parseBackup(make(validBackup()), NOW);
    expect(result).toEqual({ ok: false, error });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importing into the store', () => {
  it("merge adds the backup's reviews and keeps the ones only here", () => {
    const backup = validBackup();
    const store = createAppStore({ clock: () => NOW });
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW);
    const parsed = parseBackup(JSON.stringify(backup), NOW);
    if (!parsed.ok) throw new Error('fixture should parse');
    expect(store.getState().importProgress(parsed.backup.state, 'merge')).toBe(true);
    expect(store.getState().log).toHaveLength(3);
    expect(Object.keys(store.getState().cards).sort()).toEqual([
      'feat.api-keys.which',
      'feat.waf.which',
      'ws.idle-timeout.qa',
    ]);
  });

  it('replace keeps the previous stored value under a backup key first', () => {
    const backup = validBackup();
    localStorage.clear();
    const store = createAppStore({ clock: () => NOW });
    rateCard(store, 'ws.idle-timeout.qa', 3, NOW);
    const before = localStorage.getItem('apigw-flashcards');
    const parsed = parseBackup(JSON.stringify(backup), NOW);
    if (!parsed.ok) throw new Error('fixture should parse');
    expect(store.getState().importProgress(parsed.backup.state, 'replace')).toBe(true);
    expect(store.getState().log.map((e) => e.cardId)).toEqual([
      'feat.api-keys.which',
      'feat.waf.which',
    ]);
    // The copy holds the main value and its log chunks.
    const copy = JSON.parse(localStorage.getItem(`apigw-flashcards:backup:${NOW}`) ?? '{}');
    expect(copy.main).toBe(before);
    expect(Object.keys(copy.chunks)).toHaveLength(1);
  });
});

describe('regressions found by the import fuzzer', () => {
  it('an entry whose previous review is in the far future is refused (undo would restore it)', () => {
    const backup = validBackup();
    backup.state.log[1].undo.logDue = NOW + 1e12;
    expect(parseBackup(JSON.stringify(backup), NOW)).toEqual({
      ok: false,
      error: { code: 'future-date', path: 'log.1.undo.logDue' },
    });
  });
});
