import { describe, expect, it } from 'vitest';
import type { CardState, Grade, ReviewEntry } from '../../src/domain/card-state';
import { mergeProgress, type Progress, previewImport } from '../../src/domain/merge';
import { applyRating, undoRating } from '../../src/domain/scheduler';

const T0 = Date.UTC(2026, 4, 1, 9, 0);
const MIN = 60_000;

/** A tab's copy of progress, changed only through real ratings and undos. */
class Tab {
  cards: Record<string, CardState> = {};
  log: ReviewEntry[] = [];
  undone: string[] = [];
  constructor(private readonly name: string) {}
  get progress(): Progress {
    return { cards: this.cards, log: this.log, undone: this.undone };
  }
  rate(cardId: string, rating: Grade, at: number): ReviewEntry {
    const { card, entry } = applyRating(
      cardId,
      this.cards[cardId],
      rating,
      at,
      `${this.name}-${at}`,
    );
    this.cards = { ...this.cards, [cardId]: card };
    this.log = [...this.log, entry];
    return entry;
  }
  undo(): void {
    const last = this.log.at(-1);
    if (!last?.undo) return;
    const restored = undoRating(this.cards[last.cardId] as CardState, { ...last, undo: last.undo });
    const cards = { ...this.cards };
    if (restored) cards[last.cardId] = restored;
    else delete cards[last.cardId];
    this.cards = cards;
    this.log = this.log.slice(0, -1);
    this.undone = [...this.undone, last.id];
  }
  takeIn(other: Progress): void {
    const merged = mergeProgress(this.progress, other);
    this.cards = { ...merged.cards };
    this.log = [...merged.log];
    this.undone = [...merged.undone];
  }
}

describe('merging two tabs', () => {
  it('keeps every review from both tabs, in time order', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 3, T0);
    b.rate('y', 1, T0 + MIN);
    a.rate('z', 4, T0 + 2 * MIN);
    const merged = mergeProgress(a.progress, b.progress);
    expect(merged.log.map((e) => e.cardId)).toEqual(['x', 'y', 'z']);
    expect(Object.keys(merged.cards).sort()).toEqual(['x', 'y', 'z']);
  });

  it("takes each card's state from its newest review, whichever tab made it", () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 3, T0);
    b.takeIn(a.progress);
    b.rate('x', 3, T0 + 10 * MIN); // newer, in tab b
    a.rate('y', 3, T0 + 11 * MIN);
    const merged = mergeProgress(a.progress, b.progress);
    expect(merged.cards.x).toEqual(b.cards.x);
    expect(merged.cards.y).toEqual(a.cards.y);
    expect(merged.log).toHaveLength(3);
  });

  it('returns the local copy itself when the other adds nothing', () => {
    const a = new Tab('a');
    a.rate('x', 3, T0);
    const b = new Tab('b');
    b.takeIn(a.progress);
    const same = a.progress;
    expect(mergeProgress(same, b.progress)).toBe(same);
  });

  it('an undo in one tab is not undone by a merge with the other', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 4, T0);
    const before = a.cards.x;
    a.rate('x', 1, T0 + 8 * 86_400_000);
    b.takeIn(a.progress);
    a.undo();
    // Tab b still holds the undone entry; merging either way must drop it.
    const intoB = mergeProgress(b.progress, a.progress);
    expect(intoB.log).toHaveLength(1);
    expect(intoB.cards.x).toEqual(before);
    const intoA = mergeProgress(a.progress, b.progress);
    expect(intoA.log).toHaveLength(1);
    expect(intoA.cards.x).toEqual(before);
  });

  it('undoing a first answer elsewhere makes the card new again here', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    a.rate('x', 3, T0);
    b.takeIn(a.progress);
    a.undo();
    const merged = mergeProgress(b.progress, a.progress);
    expect(merged.log).toEqual([]);
    expect(merged.cards.x).toBeUndefined();
  });

  it('alternating tabs that take in each other before rating end with the same history', () => {
    const a = new Tab('a');
    const b = new Tab('b');
    const ids = ['p', 'q', 'r'];
    for (let i = 0; i < 12; i++) {
      const [me, other] = i % 2 === 0 ? [a, b] : [b, a];
      me.takeIn(other.progress);
      me.rate(ids[i % 3] as string, ((i % 4) + 1) as Grade, T0 + i * 15 * MIN);
    }
    a.takeIn(b.progress);
    b.takeIn(a.progress);
    expect(a.log).toHaveLength(12);
    expect(b.log.map((e) => e.id)).toEqual(a.log.map((e) => e.id));
    expect(b.cards).toEqual(a.cards);
    // Each card's state is what replaying its reviews in order produces.
    for (const id of ids) {
      let state: CardState | undefined;
      for (const e of a.log.filter((x) => x.cardId === id)) {
        state = applyRating(id, state, e.rating, e.review, e.id).card;
      }
      expect(a.cards[id]).toEqual(state);
    }
  });
});

describe('import preview', () => {
  it('counts new reviews and the ones a replace would drop', () => {
    const here = new Tab('here');
    const file = new Tab('file');
    here.rate('x', 3, T0);
    file.takeIn(here.progress);
    file.rate('y', 3, T0 + MIN);
    file.rate('z', 3, T0 + 2 * MIN);
    here.rate('w', 3, T0 + 3 * MIN);
    expect(previewImport(here.progress, file.progress)).toEqual({
      incomingReviews: 3,
      newReviews: 2,
      onlyHere: 1,
      incomingCards: 3,
      currentReviews: 2,
    });
  });
});
