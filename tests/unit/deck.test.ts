import { describe, expect, it } from 'vitest';
import { CONCEPT_FACTS } from '../../src/content/concepts';
import { DECK, DECK_ORDER } from '../../src/content/deck';
import { buildDeck } from '../../src/content/deck-builder';
import { FEATURE_GROUP_LIST, FEATURE_ROWS } from '../../src/content/features';
import { TYPE_FACTS } from '../../src/content/type-facts';
import { API_TYPES } from '../../src/content/types';
import committedIds from './fixtures/card-ids.json';

const official = FEATURE_ROWS.filter((r) => r.official);

describe('the comparison facts', () => {
  it('holds the 39 official rows in the 7 official groups (3, 3, 5, 5, 10, 5, 8)', () => {
    expect(official).toHaveLength(39);
    const perGroup = FEATURE_GROUP_LIST.filter((g) => g.id !== 'supplementary').map(
      (g) => official.filter((r) => r.group === g.id).length,
    );
    expect(perGroup).toEqual([3, 3, 5, 5, 10, 5, 8]);
  });

  it('has supplementary rows, all outside the official groups', () => {
    const extra = FEATURE_ROWS.filter((r) => !r.official);
    expect(extra.length).toBeGreaterThan(0);
    for (const row of extra) expect(row.group).toBe('supplementary');
  });

  it('gives every fact a unique id and a source; AWS sources link to https pages', () => {
    const all = [...FEATURE_ROWS, ...TYPE_FACTS, ...CONCEPT_FACTS];
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const fact of all) {
      expect(fact.source.label.length).toBeGreaterThan(0);
      if (fact.source.url) expect(fact.source.url).toMatch(/^https:\/\//);
    }
  });

  it('marks exactly the rows the seed notes cover as core', () => {
    const core = FEATURE_ROWS.filter((r) => r.core).map((r) => r.id);
    expect(core).toEqual(
      expect.arrayContaining([
        'feat.api-keys',
        'feat.usage-plans',
        'feat.resource-policies',
        'feat.jwt-authorizer',
        'feat.non-proxy-integrations',
        'feat.cost',
        'feat.latency',
      ]),
    );
    expect(FEATURE_ROWS.find((r) => r.id === 'feat.waf')?.core).toBe(false);
  });

  it('states what AWS documents where the notes oversimplify (facts section 3)', () => {
    for (const id of [
      'feat.iam',
      'feat.cors',
      'feat.parameter-transformation',
      'feat.private-alb',
    ]) {
      const row = FEATURE_ROWS.find((r) => r.id === id);
      expect(row?.notesDiffer?.ko, id).toBeTruthy();
      expect(row?.notesDiffer?.en, id).toBeTruthy();
    }
    // HTTP APIs do support IAM and Lambda authorizers, whatever the notes imply.
    const iam = FEATURE_ROWS.find((r) => r.id === 'feat.iam');
    expect(iam?.kind === 'support' && iam.cells.http.support).toBe('yes');
  });

  it('never teaches an undocumented WebSocket feature as supported', () => {
    const firehose = FEATURE_ROWS.find((r) => r.id === 'feat.access-logs-firehose');
    expect(firehose?.kind === 'support' && firehose.cells.websocket.support).toBe('undocumented');
  });

  it('links type and concept facts only to rows that exist', () => {
    const rowIds = new Set(FEATURE_ROWS.map((r) => r.id));
    for (const fact of [...TYPE_FACTS, ...CONCEPT_FACTS]) {
      for (const id of fact.rowIds) expect(rowIds.has(id), `${fact.id} -> ${id}`).toBe(true);
    }
  });
});

describe('the deck', () => {
  it('has between 100 and 200 cards with unique ids', () => {
    expect(DECK.length).toBeGreaterThanOrEqual(100);
    expect(DECK.length).toBeLessThanOrEqual(200);
    expect(new Set(DECK_ORDER).size).toBe(DECK.length);
  });

  it('still has every committed card id (renaming an id would orphan progress)', () => {
    const ids = new Set(DECK_ORDER);
    const missing = (committedIds as string[]).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('asks about every official row at least once', () => {
    for (const row of official) {
      expect(
        DECK.some((c) => c.rowIds.includes(row.id)),
        row.id,
      ).toBe(true);
    }
  });

  it('never asks the same question twice, in either language', () => {
    expect(new Set(DECK.map((c) => c.question.ko)).size).toBe(DECK.length);
    expect(new Set(DECK.map((c) => c.question.en)).size).toBe(DECK.length);
  });

  it('gives every card a question, answer and short explanation in Korean and English', () => {
    for (const card of DECK) {
      for (const field of [card.question, card.answer, card.explanation]) {
        expect(field.ko.trim(), card.id).not.toBe('');
        expect(field.en.trim(), card.id).not.toBe('');
        expect(field.ko, card.id).not.toMatch(/[<>]/);
      }
      // One or two sentences (a third full stop may appear inside a number or a name).
      expect(
        card.explanation.en.split(/[.!?](\s|$)/).filter((s) => s.trim()).length,
      ).toBeLessThanOrEqual(4);
    }
  });

  it('has each kind of card the issue asks for', () => {
    const kinds = new Set(DECK.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['concept', 'does', 'trait', 'use-case', 'values', 'which']);
  });

  it('asks "does HTTP API support X?" for every row where REST and HTTP differ', () => {
    const differing = FEATURE_ROWS.filter(
      (r) => r.kind === 'support' && r.cells.rest.support !== r.cells.http.support,
    );
    expect(differing.length).toBeGreaterThan(15);
    for (const row of differing) {
      expect(
        DECK.some((c) => c.id === `${row.id}.http`),
        row.id,
      ).toBe(true);
    }
  });

  it('derives "which types" answers from the cells', () => {
    const card = DECK.find((c) => c.id === 'feat.api-keys.which');
    expect(card?.answerTypes).toEqual(['rest', 'websocket']);
    expect(card?.answer.en).toBe('REST API, WebSocket API');
    const jwt = DECK.find((c) => c.id === 'feat.jwt-authorizer.rest');
    expect(jwt?.answer.en).toMatch(/^No\./);
  });

  it('covers the WebSocket concepts: routes, @connections and limits', () => {
    const text = DECK.filter((c) => c.kind === 'concept')
      .map((c) => `${c.question.en} ${c.answer.en}`)
      .join('\n');
    for (const needle of [
      '$connect',
      '$disconnect',
      '$default',
      'route selection expression',
      '@connections',
      '2 hours',
      '10 minutes',
      '128 KB',
      '32 KB',
    ]) {
      expect(text, needle).toContain(needle);
    }
  });

  it("introduces the cards the learner's own notes cover first", () => {
    const firstOther = DECK.findIndex((c) => !c.core);
    expect(firstOther).toBeGreaterThan(0);
    expect(DECK.slice(firstOther).every((c) => !c.core)).toBe(true);
  });

  it('is a pure function of the facts', () => {
    const again = buildDeck({ rows: FEATURE_ROWS, typeFacts: TYPE_FACTS, concepts: CONCEPT_FACTS });
    expect(again).toEqual(DECK);
  });

  it('tags every card with API types', () => {
    for (const card of DECK) {
      expect(card.apiTypes.length, card.id).toBeGreaterThan(0);
      for (const t of card.apiTypes) expect(API_TYPES).toContain(t);
    }
  });
});
