import { describe, expect, it } from 'vitest';
import { CONCEPT_FACTS } from '../../src/content/concepts.ts';
import { DECK } from '../../src/content/deck.ts';
import { CHOICE_LETTERS } from '../../src/content/deck-builder.ts';
import { FEATURE_ROWS } from '../../src/content/features.ts';
import { RETIRED_CARD_IDS } from '../../src/content/retired-ids.ts';
import { SCENARIOS } from '../../src/content/scenarios.ts';
import { TOPIC_FACTS } from '../../src/content/topic-facts.ts';
import { TYPE_FACTS } from '../../src/content/type-facts.ts';
import { EXAM_TOPICS, type Scenario } from '../../src/content/types.ts';
import committedIds from './fixtures/card-ids.json';

const knownIds = new Set([
  ...FEATURE_ROWS.map((r) => r.id),
  ...TYPE_FACTS.map((f) => f.id),
  ...CONCEPT_FACTS.map((f) => f.id),
  ...TOPIC_FACTS.map((f) => f.id),
]);
const rowIds = new Set(FEATURE_ROWS.map((r) => r.id));
const committed = new Set(committedIds as string[]);
const filled = (s: string) => s.trim().length > 0;
const cardId = (s: Scenario) => `${s.id}.choose`;

describe('scenario questions (issue 14)', () => {
  it('has at least 60, with unique, stable scn.* ids that are committed and never retired', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(60);
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      expect(s.id).toMatch(/^scn\.[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(committed.has(cardId(s)), s.id).toBe(true);
      expect(RETIRED_CARD_IDS[cardId(s)], s.id).toBeUndefined();
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s is well formed', (_id, s) => {
    expect(EXAM_TOPICS).toContain(s.topic);
    const n = s.options.length;
    expect([4, 5]).toContain(n);
    expect(s.correct.length).toBe(n === 4 ? 1 : 2);
    expect(new Set(s.correct).size).toBe(s.correct.length);
    for (const c of s.correct) expect(c >= 0 && c < n).toBe(true);
    // A reason for each wrong option, none for the right ones.
    expect(s.why.length).toBe(n);
    s.why.forEach((w, i) => {
      expect(w === null, `option ${i}`).toBe(s.correct.includes(i));
      if (w) expect(filled(w.ko) && filled(w.en)).toBe(true);
    });
    if (n === 5) {
      expect(s.stem.en).toMatch(/choose two/i);
      expect(s.stem.ko).toContain('두 개 고르기');
    }
    if (s.qualifier) {
      expect(s.stem.en).toContain(s.qualifier);
      expect(s.stem.ko).toContain(s.qualifier);
    }
    for (const t of [s.stem, s.explanation, ...s.options]) {
      expect(filled(t.ko) && filled(t.en)).toBe(true);
    }
    expect(new Set(s.options.map((o) => o.en)).size).toBe(n);
    expect(s.factIds.length).toBeGreaterThan(0);
    for (const f of s.factIds) expect(knownIds.has(f), f).toBe(true);
    expect(s.apiTypes.length).toBeGreaterThan(0);
    expect(s.source.url).toMatch(/^https:\/\//);
  });

  it('covers every topic: 20+ on choosing the API type, 3+ on each other topic', () => {
    const count = (t: string) => SCENARIOS.filter((s) => s.topic === t).length;
    expect(count('api-type')).toBeGreaterThanOrEqual(20);
    for (const t of EXAM_TOPICS) expect(count(t), t).toBeGreaterThanOrEqual(3);
  });

  it('spreads the correct answers over the option positions', () => {
    const single = SCENARIOS.filter((s) => s.options.length === 4);
    const two = SCENARIOS.filter((s) => s.options.length === 5);
    const tally = (list: readonly Scenario[], n: number) => {
      const out = Array.from({ length: n }, () => 0);
      for (const s of list) for (const c of s.correct) out[c] = (out[c] ?? 0) + 1;
      return out;
    };
    // No position gets more than its fair share plus 3, nor fewer than its share minus 3.
    for (const c of tally(single, 4)) {
      expect(c).toBeLessThanOrEqual(Math.ceil(single.length / 4) + 3);
      expect(c).toBeGreaterThanOrEqual(Math.floor(single.length / 4) - 3);
    }
    for (const c of tally(two, 5)) {
      expect(c).toBeLessThanOrEqual(Math.ceil((two.length * 2) / 5) + 3);
      expect(c).toBeGreaterThanOrEqual(Math.floor((two.length * 2) / 5) - 3);
    }
    expect(two.length).toBeGreaterThanOrEqual(15);
  });

  it('no scenario teaches "JWT authorizers are HTTP API only"', () => {
    for (const s of SCENARIOS) {
      const text = [s.stem, s.explanation, ...s.options, ...s.why.filter((w) => w !== null)]
        .map((t) => t?.en ?? '')
        .join(' ');
      expect(text).not.toMatch(/JWT authorizers? (is|are) (an )?HTTP[- ]API[- ]only/i);
      expect(text).not.toMatch(/only HTTP APIs have (a )?(built-in )?JWT/i);
    }
  });
});

describe('scenario cards', () => {
  const cards = DECK.filter((c) => c.kind === 'scenario');

  it('builds one card per scenario, with its options, answer, rows and topic', () => {
    expect(cards).toHaveLength(SCENARIOS.length);
    for (const s of SCENARIOS) {
      const card = cards.find((c) => c.id === cardId(s));
      expect(card?.question).toEqual(s.stem);
      expect(card?.explanation).toEqual(s.explanation);
      expect(card?.choices?.options).toEqual(s.options);
      expect(card?.choices?.correct).toEqual(s.correct);
      expect(card?.choices?.why).toEqual(s.why);
      expect(card?.choices?.qualifier).toBe(s.qualifier);
      expect(card?.factIds).toEqual(s.factIds);
      expect(card?.rowIds).toEqual(s.factIds.filter((f) => rowIds.has(f)));
      expect(card?.topic).toBe(s.topic);
      expect(card?.answerTypes).toBeUndefined();
      // The answer names each correct option in full, with its letter.
      for (const i of s.correct) {
        expect(card?.answer.en).toContain(`${CHOICE_LETTERS[i]}. ${s.options[i]?.en}`);
        expect(card?.answer.ko).toContain(`${CHOICE_LETTERS[i]}. ${s.options[i]?.ko}`);
      }
    }
  });
});

describe('"does <type> support X?" cards (issue 14)', () => {
  const does = DECK.filter((c) => c.kind === 'does');
  const yes = does.filter((c) => c.answer.en.startsWith('Yes.'));
  const no = does.filter((c) => c.answer.en.startsWith('No.'));

  it('are answered "Yes" at least 40% of the time, not 22 times "No" out of 25', () => {
    expect(yes.length + no.length).toBe(does.length);
    expect(yes.length / does.length).toBeGreaterThanOrEqual(0.4);
    expect(no.length / does.length).toBeGreaterThanOrEqual(0.3);
  });

  it('ask about both REST and HTTP APIs', () => {
    const rest = does.filter((c) => c.id.endsWith('.rest'));
    const http = does.filter((c) => c.id.endsWith('.http'));
    expect(rest.length).toBeGreaterThanOrEqual(does.length / 3);
    expect(http.length).toBeGreaterThanOrEqual(does.length / 3);
  });
});
