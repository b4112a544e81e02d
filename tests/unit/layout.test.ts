import { describe, expect, it } from 'vitest';
import type { ReviewEntry, TrackedCard } from '../../src/domain/card-state.ts';
import { type Chunk, decodeChunk, decodeMain } from '../../src/store/layout.ts';
import { EntryEncoder, encodeChunk, encodeMain } from '../../src/store/layout-write.ts';
import { DEFAULT_SETTINGS, MAX_INSTANT } from '../../src/store/schema.ts';

const T0 = Date.UTC(2026, 2, 10, 9, 0);

function entry(i: number, extra: Partial<ReviewEntry> = {}): ReviewEntry {
  return {
    id: `e${i.toString(36).padStart(9, '0')}`,
    cardId: `feat.row-${i % 7}.which`,
    rating: ((i % 4) + 1) as ReviewEntry['rating'],
    review: T0 + i * 61_000,
    state: (i % 4) as ReviewEntry['state'],
    ...extra,
  };
}

function chunk(entries: readonly ReviewEntry[], extra: Partial<Chunk> = {}): Chunk {
  return {
    writer: 'k3j2h1g0',
    generation: 0,
    written: T0,
    entries,
    undone: [],
    settings: {},
    reset: null,
    ...extra,
  };
}

/** An encoded chunk's header (JSON) and entries, for damaging them on purpose. */
function split(text: string): { header: Record<string, unknown>; body: string } {
  const nl = text.indexOf('\n');
  return { header: JSON.parse(text.slice(0, nl)), body: text.slice(nl + 1) };
}

function joined(header: Record<string, unknown>, body: string): string {
  return `${JSON.stringify(header)}\n${body}`;
}

function withEntries(text: string, edit: (e: string) => string): string {
  const { header, body } = split(text);
  return joined(header, edit(body));
}

describe('log chunks', () => {
  it('read back exactly what was written: entries, options, undos, settings, a reset', () => {
    const entries = [
      entry(0),
      entry(1, { retention: 0.93 }),
      entry(2, { practice: true }),
      entry(3, { practice: true, retention: 0.85 }),
      // A clock that went back: the offset from the chunk's first entry is negative.
      entry(4, { review: T0 - 3 * 86_400_000 }),
    ];
    const written = chunk(entries, {
      generation: 2,
      undone: ['e00000000x'],
      settings: { newPerDay: [30, T0 + 5], lang: ['en', T0 + 6] },
      reset: { g: 2, at: T0 - 1, seen: { 'a1.0': 12, 'b2.3': 250 } },
    });
    const read = decodeChunk(encodeChunk(written));
    expect(read).toEqual({
      ok: true,
      chunk: written,
      bad: 0,
      damaged: false,
      count: 5,
      ordered: false,
    });
  });

  it('an incremental encoder writes what a one-off encoding writes', () => {
    const entries = Array.from({ length: 40 }, (_, i) => entry(i));
    const enc = new EntryEncoder();
    for (const e of entries) enc.add(e);
    expect(encodeChunk(chunk(entries), enc)).toBe(encodeChunk(chunk(entries)));
  });

  it('about 26 bytes per review for a realistic chunk of 250', () => {
    const entries = Array.from({ length: 250 }, (_, i) => ({
      ...entry(i),
      id: Math.random().toString(36).slice(2, 12).padEnd(10, '0'),
      cardId: `feat.some-feature-${i % 60}.which`,
    }));
    const bytes = encodeChunk(chunk(entries)).length;
    expect(bytes / 250).toBeLessThan(32);
  });

  it('a damaged entry costs that entry only: the others, before and after, are read', () => {
    const text = encodeChunk(chunk(Array.from({ length: 10 }, (_, i) => entry(i))));
    const damaged = withEntries(text, (e) => {
      const parts = e.split('|');
      parts[3] = 'zz,??,9x,Not An Id';
      parts[7] = (parts[7] as string).replace(/,(\d)(\d),/, ',7$2,');
      return parts.join('|');
    });
    const read = decodeChunk(damaged);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bad).toBe(2);
    expect(read.damaged).toBe(true);
    expect(read.chunk.entries.map((e) => e.id)).toEqual(
      [0, 1, 2, 4, 5, 6, 8, 9].map((i) => entry(i).id),
    );
  });

  it('an entry naming a card the dictionary lacks, or a bad dictionary slot, is lost alone', () => {
    const { header, body } = split(encodeChunk(chunk([entry(0), entry(1), entry(2)])));
    (header.ids as string[])[1] = '__proto__';
    const read = decodeChunk(joined(header, body));
    if (!read.ok) throw new Error('unreadable');
    expect(read.chunk.entries.map((e) => e.cardId)).toEqual([entry(0).cardId, entry(2).cardId]);
    expect(read.bad).toBe(1);
  });

  it('a value cut short is read up to the cut', () => {
    const text = encodeChunk(chunk(Array.from({ length: 20 }, (_, i) => entry(i))));
    const cut = text.slice(0, text.indexOf('\n') + 150);
    const read = decodeChunk(cut);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.chunk.entries.length).toBeGreaterThan(3);
    expect(read.chunk.entries).toEqual(
      Array.from({ length: read.chunk.entries.length }, (_, i) => entry(i)),
    );
    // The entry at the cut is not trusted; all 20 are accounted for.
    expect(read.chunk.entries.length + read.bad).toBe(20);
    expect(read.damaged).toBe(true);
  });

  it('a byte-order mark or white space before the JSON is skipped', () => {
    const text = encodeChunk(chunk([entry(0), entry(1)]));
    const read = decodeChunk(`\uFEFF \n${text}`);
    expect(read).toMatchObject({ ok: true, bad: 0, damaged: false });
  });

  it('a chunk of a newer version is not read (and the caller must not write over it)', () => {
    expect(decodeChunk(JSON.stringify({ v: 4, w: 'a', anything: true }))).toEqual({
      ok: false,
      future: true,
    });
  });

  it('times outside what a Date can hold are refused, entry by entry', () => {
    const { header, body } = split(encodeChunk(chunk([entry(0), entry(1)])));
    header.b = MAX_INSTANT;
    const read = decodeChunk(joined(header, body));
    if (!read.ok) throw new Error('unreadable');
    // The first entry sits at the base; the second would be past year 9999.
    expect(read.chunk.entries).toHaveLength(1);
    expect(read.bad).toBe(1);
  });

  it('nothing usable: another value under a chunk key', () => {
    expect(decodeChunk('"dark-mode"')).toEqual({ ok: false, future: false, bad: null });
    expect(decodeChunk('[1,2,3]')).toEqual({ ok: false, future: false, bad: null });
  });
});

describe('the main value (the cache)', () => {
  const card: TrackedCard = {
    due: T0 + 86_400_000,
    stability: 3.2,
    difficulty: 5.1,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: 2,
    lastReview: T0,
    basis: 2 * 2 ** 32 + 12345,
  };

  it('reads back what was written', () => {
    const main = {
      generation: 1,
      settings: { ...DEFAULT_SETTINGS, newPerDay: 12 },
      cards: { 'feat.waf.which': card },
      reset: { g: 1, at: T0, seen: { 'a.0': 3 } },
      fp: 'a.0:3:0',
    };
    expect(decodeMain(encodeMain(main))).toEqual({ kind: 'cache', main, damaged: false });
  });

  it('a bad card tuple, cards stored as a list, or a setting out of range cost only themselves', () => {
    const text = encodeMain({
      generation: 0,
      settings: DEFAULT_SETTINGS,
      cards: { good: card, bad: card },
      reset: null,
      fp: null,
    });
    const value = JSON.parse(text);
    value.state.cards.bad[0] = 'tomorrow';
    value.state.settings.lastExportAt = 8.64e15 + 1;
    const read = decodeMain(JSON.stringify(value));
    expect(read).toMatchObject({ kind: 'cache', damaged: true });
    if (read.kind !== 'cache') return;
    expect(Object.keys(read.main.cards)).toEqual(['good']);
    expect(read.main.settings.lastExportAt).toBeNull();

    value.state.cards = [card];
    const list = decodeMain(JSON.stringify(value));
    expect(list).toMatchObject({ kind: 'cache', damaged: true, main: { cards: {} } });
  });

  it('tells older layouts, newer versions and unreadable values apart', () => {
    expect(decodeMain('{"state":{},"version":1}')).toMatchObject({ kind: 'legacy', version: 1 });
    expect(decodeMain('{"state":{},"version":2}')).toMatchObject({ kind: 'legacy', version: 2 });
    expect(decodeMain('{"state":{},"version":9}')).toEqual({ kind: 'future' });
    expect(decodeMain('{"state":{"cards":{},"log":[')).toEqual({
      kind: 'unreadable',
      reason: 'not-json',
    });
    expect(decodeMain('"dark-mode"')).toEqual({ kind: 'unreadable', reason: 'bad-shape' });
    expect(decodeMain('\uFEFF{"state":{},"version":1}')).toMatchObject({ kind: 'legacy' });
  });
});
