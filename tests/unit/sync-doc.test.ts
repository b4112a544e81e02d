import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ReviewEntry } from '../../src/domain/card-state.ts';
import { type Progress, reconcile } from '../../src/domain/reconcile.ts';
import { DEFAULT_SETTINGS } from '../../src/store/schema.ts';
import {
  fromWire,
  incomingFrom,
  pushProgress,
  settingsFrom,
  shared,
  toWire,
} from '../../src/store/sync-doc.ts';
import { fcParams } from './fixtures/fc.ts';

const T0 = Date.UTC(2026, 10, 1, 9, 0);

/** A device: its progress (as the store holds it) and its copy of the shared document. */
interface Device {
  progress: Progress;
  doc: Y.Doc;
  /** Its own live entries, newest last: what its undo may take back. */
  mine: string[];
}

const device = (): Device => ({
  progress: { cards: {}, log: [], undone: [] },
  doc: new Y.Doc(),
  mine: [],
});

/** One sync: the device puts what it has into its document, swaps updates with the server's, takes in the rest. */
function sync(d: Device, server: Y.Doc) {
  pushProgress(d.doc, d.progress, {});
  Y.applyUpdate(server, Y.encodeStateAsUpdate(d.doc, Y.encodeStateVector(server)));
  Y.applyUpdate(d.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(d.doc)));
  const { unreadable, ...incoming } = incomingFrom(d.doc, d.progress);
  expect(unreadable).toBe(0);
  const r = reconcile(d.progress, incoming);
  if (r) d.progress = { ...d.progress, log: r.progress.log, undone: r.progress.undone };
}

type Act =
  | { kind: 'rate'; device: number; card: number; rating: 1 | 2 | 3 | 4; ms: number }
  | { kind: 'undo'; device: number }
  | { kind: 'sync'; device: number };

const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({
    kind: fc.constant('rate' as const),
    device: fc.integer({ min: 0, max: 1 }),
    card: fc.integer({ min: 0, max: 5 }),
    rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    ms: fc.integer({ min: 0, max: 3_600_000 }),
  }),
  fc.record({ kind: fc.constant('undo' as const), device: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('sync' as const), device: fc.integer({ min: 0, max: 1 }) }),
);

describe('sync through the shared document', () => {
  it('for any interleaving of two devices rating, undoing and syncing: both end with the same log, nothing lost, nothing twice, no undone answer back', () => {
    fc.assert(
      fc.property(fc.array(act, { maxLength: 60 }), (acts) => {
        const server = new Y.Doc();
        const devices = [device(), device()];
        const made = new Set<string>();
        const undone = new Set<string>();
        let now = T0;
        let n = 0;
        for (const a of acts) {
          const d = devices[a.device] as Device;
          if (a.kind === 'rate') {
            now += a.ms;
            const e: ReviewEntry = {
              id: `e${(n++).toString(36).padStart(4, '0')}`,
              cardId: `card-${a.card}`,
              rating: a.rating,
              review: now,
              state: 0,
            };
            d.progress = { ...d.progress, log: [...d.progress.log, e] };
            d.mine.push(e.id);
            made.add(e.id);
          } else if (a.kind === 'undo') {
            const id = d.mine.pop();
            if (id && d.progress.log.some((e) => e.id === id)) {
              d.progress = {
                ...d.progress,
                log: d.progress.log.filter((e) => e.id !== id),
                undone: [...d.progress.undone, id],
              };
              undone.add(id);
            }
          } else {
            sync(d, server);
          }
        }
        // Both come online and sync until nothing moves.
        for (let i = 0; i < 2; i++) for (const d of devices) sync(d, server);
        const [a, b] = devices as [Device, Device];
        const ids = (d: Device) => d.progress.log.map((e) => e.id);
        expect(ids(a)).toEqual(ids(b));
        expect(new Set(ids(a)).size).toBe(ids(a).length);
        const live = [...made].filter((id) => !undone.has(id)).sort();
        expect([...ids(a)].sort()).toEqual(live);
      }),
      fcParams(200),
    );
  });

  it('an entry round-trips, and a damaged or foreign one is refused, never taken in', () => {
    const e: ReviewEntry = {
      id: 'abc123',
      cardId: 'feat.waf.which',
      rating: 3,
      review: T0,
      state: 2,
      practice: true,
      retention: 0.85,
    };
    expect(fromWire(e.id, toWire(e))).toEqual(e);
    expect(fromWire('abc123', `feat.waf.which\t${T0.toString(36)}\t72\t`)).toBeNull();
    expect(fromWire('__proto__', toWire(e))).toBeNull();
    expect(fromWire('abc123', `__proto__\t${T0.toString(36)}\t32\t`)).toBeNull();
    expect(fromWire('abc123', ['feat.waf.which', T0, 3, 2, 0, null])).toBeNull();
    expect(fromWire('abc123', `x\t${T0.toString(36)}\t32\tq`)).toBeNull();
    expect(fromWire('abc123', `x\t${(1e20).toString(36)}\t32\t`)).toBeNull();
    const doc = new Y.Doc();
    shared(doc).log.set('bad1', 'x\t-5\t30\t');
    shared(doc).log.set(e.id, toWire(e));
    const incoming = incomingFrom(doc, { log: [], undone: [] });
    expect(incoming.entries).toEqual([e]);
    expect(incoming.unreadable).toBe(1);
  });

  it('a setting changed later on another device wins; one changed earlier does not; device settings stay', () => {
    const doc = new Y.Doc();
    pushProgress(
      doc,
      { log: [], undone: [] },
      {
        newPerDay: [35, T0 + 10],
        lang: ['en', T0],
        lastExportAt: [T0, T0 + 99],
      },
    );
    const patch = settingsFrom(
      doc,
      { newPerDay: [20, T0], lang: ['ko', T0 + 5] },
      DEFAULT_SETTINGS,
    );
    expect(patch).toEqual({ newPerDay: 35 });
    expect(shared(doc).settings.has('lastExportAt')).toBe(false);
  });
});
