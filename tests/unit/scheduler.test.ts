import { default_w, FSRS6_DEFAULT_DECAY } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardState, Grade } from '../../src/domain/card-state.ts';
import { basisOf } from '../../src/domain/log.ts';
import { FSRS6_DECAY, recallProbability } from '../../src/domain/recall.ts';
import { replayCard } from '../../src/domain/replay.ts';
import {
  applyRating,
  previewRatings,
  schedulerFor,
  toFsrsCard,
} from '../../src/domain/scheduler.ts';
import { DAY_MS, MINUTE_MS } from '../../src/domain/time.ts';
import { describeInterval } from '../../src/i18n/interval.ts';

const T0 = Date.UTC(2022, 11, 29, 12, 30);

/** Rates a fresh card with `ratings`, each at the card's due time; returns scheduled days. */
function scheduledDaysFor(ratings: readonly Grade[]): number[] {
  let state: CardState | undefined;
  let now = T0;
  const out: number[] = [];
  ratings.forEach((rating, i) => {
    const { card } = applyRating('c', state, rating, now, `e${i}`);
    out.push(card.scheduledDays);
    state = card;
    now = card.due;
  });
  return out;
}

const PUBLISHED: Grade[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
const PUBLISHED_DAYS = [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21];

describe.each([
  ['UTC', 0],
  ['Asia/Seoul', -540],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
])('ts-fsrs published vector in %s', (zone, offsetMinutes) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('Good x6, Again x2, Good x5 gives the published scheduled days', () => {
    // The zone really applies to this process's local-time maths.
    expect(new Date(T0).getTimezoneOffset()).toBe(offsetMinutes);
    expect(scheduledDaysFor(PUBLISHED)).toEqual(PUBLISHED_DAYS);
  });
});

describe('learning steps', () => {
  it('a new card answered Again is due in 1 minute, Good in 10 minutes', () => {
    const [again, hard, good, easy] = previewRatings(undefined, T0);
    expect(again?.intervalMs).toBe(1 * MINUTE_MS);
    expect(hard?.intervalMs).toBe(6 * MINUTE_MS);
    expect(good?.intervalMs).toBe(10 * MINUTE_MS);
    expect(easy?.intervalMs).toBeGreaterThanOrEqual(DAY_MS);
  });

  it('a review card answered Again relearns in 10 minutes and counts a lapse', () => {
    let state = applyRating('c', undefined, 4, T0, 'a').card;
    expect(state.state).toBe(2);
    const later = state.due;
    const lapsed = applyRating('c', state, 1, later, 'b').card;
    expect(lapsed.state).toBe(3);
    expect(lapsed.due - later).toBe(10 * MINUTE_MS);
    expect(lapsed.lapses).toBe(1);
    state = lapsed;
  });

  it('a lower retention target gives a longer interval', () => {
    const base = applyRating('c', undefined, 4, T0, 'a').card;
    const at = base.due;
    const strict = previewRatings(base, at, 0.97)[2]?.intervalMs ?? 0;
    const loose = previewRatings(base, at, 0.8)[2]?.intervalMs ?? 0;
    expect(loose).toBeGreaterThan(strict);
  });
});

describe('preview equals what is applied', () => {
  const histories: Grade[][] = [[], [3], [3, 3], [1], [4, 1], [3, 3, 3, 2], [2, 2, 4, 1, 3]];
  for (const history of histories) {
    it(`after [${history.join(',')}] each button's preview is the rating's result`, () => {
      let state: CardState | undefined;
      let now = T0;
      history.forEach((r, i) => {
        state = applyRating('c', state, r, now, `h${i}`).card;
        now = state.due + 3 * 60 * 60 * 1000;
      });
      const previews = previewRatings(state, now);
      for (const p of previews) {
        const applied = applyRating('c', state, p.rating, now, 'x').card;
        expect(applied).toEqual(p.card);
        expect(applied.due - now).toBe(p.intervalMs);
      }
    });
  }
});

describe('persisted state', () => {
  it('a card that went through JSON schedules exactly like the in-memory one', () => {
    const ratings: Grade[] = [3, 1, 3, 3, 2, 4, 1, 3];
    let memory: CardState | undefined;
    let stored: CardState | undefined;
    let now = T0;
    ratings.forEach((r, i) => {
      memory = applyRating('c', memory, r, now, `m${i}`).card;
      const fromJson = applyRating('c', stored, r, now, `m${i}`).card;
      stored = JSON.parse(JSON.stringify(fromJson)) as CardState;
      expect(stored).toEqual(memory);
      now = memory.due + 17 * MINUTE_MS;
    });
  });
});

describe('replay: a card is the replay of its reviews', () => {
  it('replaying the entries gives exactly what the answers gave, answered late or early', () => {
    const ratings: Grade[] = [3, 3, 3, 1, 3, 2, 4, 1, 1, 3];
    let state: CardState | undefined;
    let now = T0;
    const entries = ratings.map((r, i) => {
      const applied = applyRating('c', state, r, now, `u${i}`, i > 5 ? 0.85 : undefined);
      state = applied.card;
      now = i % 2 ? state.due + 2 * DAY_MS + 1234 : state.due - 3 * MINUTE_MS;
      return applied.entry;
    });
    expect(replayCard(entries)).toEqual({ ...(state as CardState), basis: basisOf(entries) });
  });

  it('entries keep a retention target other than the default, so their replay schedules the same', () => {
    const { entry } = applyRating('c', undefined, 3, T0, 'a', 0.8);
    expect(entry.retention).toBe(0.8);
    expect(applyRating('c', undefined, 3, T0, 'b').entry.retention).toBeUndefined();
  });

  it('practice answers are in the basis but do not move the card; a card with only practice is new', () => {
    const first = applyRating('c', undefined, 3, T0, 'a');
    const practice = {
      ...applyRating('c', first.card, 1, T0 + MINUTE_MS, 'p').entry,
      practice: true as const,
    };
    expect(replayCard([first.entry, practice])).toEqual({
      ...first.card,
      basis: basisOf([first.entry, practice]),
    });
    expect(replayCard([practice])).toBeUndefined();
  });

  it('taking back the last answer (undo) is replaying the others: the first answer makes it new again', () => {
    const a = applyRating('c', undefined, 3, T0, 'a');
    const b = applyRating('c', a.card, 1, T0 + DAY_MS, 'b');
    expect(replayCard([a.entry])).toEqual({ ...a.card, basis: basisOf([a.entry]) });
    expect(replayCard([])).toBeUndefined();
    expect(b.entry.state).toBe(a.card.state);
  });
});

describe('recall probability', () => {
  it('is 0 for a new card and falls as time passes', () => {
    expect(recallProbability(undefined, T0)).toBe(0);
    const card = applyRating('c', undefined, 3, T0, 'a').card;
    const soon = recallProbability(card, T0 + MINUTE_MS);
    const late = recallProbability(card, T0 + 30 * DAY_MS);
    expect(soon).toBeGreaterThan(late);
    expect(late).toBeGreaterThan(0);
  });
});

describe('short intervals for the rating buttons', () => {
  it.each([
    [0, { value: 1, unit: 'minute' }],
    [45_000, { value: 1, unit: 'minute' }],
    [10 * MINUTE_MS, { value: 10, unit: 'minute' }],
    [90 * MINUTE_MS, { value: 2, unit: 'hour' }],
    [3 * DAY_MS, { value: 3, unit: 'day' }],
    [45 * DAY_MS, { value: 1.5, unit: 'month' }],
    [730 * DAY_MS, { value: 2, unit: 'year' }],
    [-5000, { value: 1, unit: 'minute' }],
  ])('%i ms -> %o', (ms, expected) => {
    expect(describeInterval(ms)).toEqual(expected);
  });
});

describe('recall probability without the scheduler', () => {
  it('equals ts-fsrs get_retrievability for cards in every state and at many ages', () => {
    const f = schedulerFor();
    const histories: Grade[][] = [[3], [1], [4], [3, 3, 3], [4, 1], [2, 3, 4, 1, 3], [1, 1, 1]];
    let compared = 0;
    for (const history of histories) {
      let state: CardState | undefined;
      let now = T0;
      history.forEach((r, i) => {
        state = applyRating('c', state, r, now, `r${i}`).card;
        now = state.due;
      });
      const card = state as CardState;
      for (const days of [0, 0.4, 1, 2.5, 7, 30, 365, 3650]) {
        const at = (card.lastReview as number) + days * DAY_MS;
        expect(recallProbability(card, at)).toBe(
          f.get_retrievability(toFsrsCard(card), new Date(at), false),
        );
        compared++;
      }
    }
    expect(compared).toBe(56);
  });

  it("uses ts-fsrs's default FSRS-6 decay", () => {
    expect(FSRS6_DECAY).toBe(FSRS6_DEFAULT_DECAY);
    expect(FSRS6_DECAY).toBe(default_w[20]);
  });
});
