import { describe, expect, it } from 'vitest';
import type { Grade, ReviewEntry, TrackedCard } from '../../src/domain/card-state.ts';
import { addToBasis, basisOf, EMPTY_BASIS } from '../../src/domain/log.ts';
import {
  fileIncoming,
  type Progress,
  previewImport,
  reconcile,
} from '../../src/domain/reconcile.ts';
import { replayCard, replayCards } from '../../src/domain/replay.ts';
import { applyRating } from '../../src/domain/scheduler.ts';

const T0 = Date.UTC(2026, 4, 1, 9, 0);
const MIN = 60_000;

/** A tab's copy of progress, changed only through real ratings and undos (by replay). */
class Tab {
  cards: Record<string, TrackedCard> = {};
  log: ReviewEntry[] = [];
  undone: string[] = [];
  constructor(private readonly name: string) {}
  get progress(): Progress {
    return { cards: this.cards, log: this.log, undone: this.undone };
  }
  rate(cardId: string, rating: Grade, at: number): ReviewEntry {
    const current = this.cards[cardId];
    const { card, entry } = applyRating(cardId, current, rating, at, `${this.name}-${at}`);
    this.cards = {
      ...this.cards,
      [cardId]: { ...card, basis: addToBasis(current?.basis ?? EMPTY_BASIS, entry.id) },
    };
    this.log = [...this.log, entry];
    return entry;
  }
  undo(id: string): void {
    const e = this.log.find((x) => x.id === id) as ReviewEntry;
    this.log = this.log.filter((x) => x.id !== id);
    this.undone = [...this.undone, id];
    this.cards = replayCards(this, [e.cardId]);
  }
  takeIn(other: Progress): string[] {
    const r = reconcile(this.progress, {
      entries: other.log,
      undone: other.undone,
      cards: other.cards,
    });
    if (!r) return [];
    this.cards = replayCards(r.progress, r.stale);
    this.log = [...r.progress.log];
    this.undone = [...r.progress.undone];
    return [...r.stale];
  }
}

/** Every card equals the replay of its own reviews. */
function expectReplayed(p: Progress) {
  for (const [id, card] of Object.entries(p.cards)) {
    expect(card, id).toEqual(replayCard(p.log.filter((e) => e.cardId === id)));
  }
}

describe('reconciling two tabs', () => {
  it('keeps every review from both tabs, in log order, with no replay when each side has its cards', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 3, T0);
    b.rate('y', 1, T0 + MIN);
    a.rate('z', 4, T0 + 2 * MIN);
    const r = reconcile(a.progress, { entries: b.log, undone: [], cards: b.cards });
    expect(r?.progress.log.map((e) => e.cardId)).toEqual(['x', 'y', 'z']);
    expect(r?.stale).toEqual([]);
    expect(Object.keys(r?.progress.cards ?? {}).sort()).toEqual(['x', 'y', 'z']);
  });

  it('returns null when the other copy adds nothing', () => {
    const a = new Tab('a');
    a.rate('x', 3, T0);
    expect(reconcile(a.progress, { entries: a.log, undone: [], cards: a.cards })).toBeNull();
  });

  it('the same card rated in two tabs at once: both reviews stay and the card is their replay', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 3, T0);
    b.takeIn(a.progress);
    // Both answer x within the same second, each from the state it saw.
    a.rate('x', 1, T0 + 10 * MIN);
    b.rate('x', 4, T0 + 10 * MIN + 3);
    expect(a.takeIn(b.progress)).toEqual(['x']);
    // A has replayed x by now: B takes A's state of it, no replay needed.
    expect(b.takeIn(a.progress)).toEqual([]);
    expect(a.log.map((e) => e.id)).toEqual(b.log.map((e) => e.id));
    expect(a.log).toHaveLength(3);
    expect(a.cards).toEqual(b.cards);
    expectReplayed(a.progress);
  });

  it('an undo marker hides its entry wherever it came from; a card whose only review is undone is new', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    const x = a.rate('x', 3, T0);
    a.rate('y', 3, T0 + MIN);
    b.takeIn(a.progress);
    a.undo(x.id);
    b.takeIn(a.progress);
    expect(b.log.map((e) => e.cardId)).toEqual(['y']);
    expect(b.cards.x).toBeUndefined();
    expectReplayed(b.progress);
  });

  it('a card state from the other side is used only if it is the replay of the merged reviews', () => {
    const a = new Tab('a');
    a.rate('x', 3, T0);
    const wrong = { ...(a.cards.x as TrackedCard), stability: 99 };
    const b = new Tab('b');
    const r = reconcile(b.progress, {
      entries: a.log,
      undone: [],
      cards: { x: { ...wrong, basis: 7 } },
    });
    expect(r?.stale).toEqual(['x']);
  });
});

describe('importing a file', () => {
  it("the file's undo list hides only the file's own entries, never a review made here", () => {
    const here = new Tab('here');
    const mine = Array.from({ length: 50 }, (_, i) => here.rate(`c${i % 9}`, 3, T0 + i * MIN));
    const file = new Tab('file');
    file.rate('q', 3, T0 + DAY);
    // A file whose undone list names 50 reviews of this browser (it merged with us once).
    const incoming = fileIncoming({ log: file.log, undone: mine.map((e) => e.id) });
    const r = reconcile(here.progress, incoming);
    expect(r?.progress.log).toHaveLength(51);
    expect(
      previewImport(here.progress, { log: file.log, undone: mine.map((e) => e.id) }),
    ).toMatchObject({
      newReviews: 1,
      onlyHere: 50,
    });
  });

  it('what was undone here stays undone, even if the file still has it', () => {
    const here = new Tab('here');
    const e = here.rate('x', 3, T0);
    const file: Progress = { cards: here.cards, log: [...here.log], undone: [] };
    here.undo(e.id);
    expect(reconcile(here.progress, fileIncoming(file))).toBeNull();
    expect(previewImport(here.progress, file).newReviews).toBe(0);
  });
});

const DAY = 86_400_000;

describe('basis', () => {
  it('names a set of reviews whatever their order, and changes with any review added or taken back', () => {
    const ids = ['a', 'b', 'c'].map((id) => ({ id }) as ReviewEntry);
    expect(basisOf(ids)).toBe(basisOf([...ids].reverse()));
    expect(basisOf(ids.slice(0, 2))).not.toBe(basisOf(ids));
    expect(basisOf([{ id: 'd' } as ReviewEntry, ...ids.slice(1)])).not.toBe(basisOf(ids));
  });
});
