import { describe, expect, it } from 'vitest';
import { CONCEPT_FACTS } from '../../src/content/concepts.ts';
import { DECK, DECK_ORDER_DATA } from '../../src/content/deck.ts';

const DECK_ORDER = DECK_ORDER_DATA.order;

import { askedTypes, buildDeck } from '../../src/content/deck-builder.ts';
import { FEATURE_GROUP_LIST, FEATURE_ROWS } from '../../src/content/features.ts';
import { RETIRED_CARD_IDS } from '../../src/content/retired-ids.ts';
import { SCENARIOS } from '../../src/content/scenarios.ts';
import { SOURCES } from '../../src/content/sources.ts';
import { TOPIC_FACTS } from '../../src/content/topic-facts.ts';
import { TYPE_FACTS } from '../../src/content/type-facts.ts';
import { API_TYPES } from '../../src/content/types.ts';
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
    const all = [...FEATURE_ROWS, ...TYPE_FACTS, ...CONCEPT_FACTS, ...TOPIC_FACTS, ...SCENARIOS];
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

  it('cites only pages listed in sources.ts, and every page listed there is cited', () => {
    const listed = new Set<object>(Object.values(SOURCES));
    const all = [...FEATURE_ROWS, ...TYPE_FACTS, ...CONCEPT_FACTS, ...TOPIC_FACTS, ...SCENARIOS];
    for (const fact of all) expect(listed.has(fact.source), fact.id).toBe(true);
    const cited = new Set<object>(all.map((f) => f.source));
    const unused = Object.entries(SOURCES).filter(([, s]) => !cited.has(s));
    expect(unused.map(([key]) => key)).toEqual([]);
  });

  it('teaches the current AWS behaviour and says what older material says (issue 14)', () => {
    const jwt = FEATURE_ROWS.find((r) => r.id === 'feat.jwt-authorizer');
    expect(jwt?.kind === 'support' && jwt.cells.rest.support).toBe('yes');
    expect(jwt?.notesDiffer?.en).toMatch(/older material/i);
    for (const id of [
      'topic.rest-jwt-authorizer',
      'topic.private-custom-domains',
      'topic.routing-rules',
    ]) {
      const fact = TOPIC_FACTS.find((f) => f.id === id);
      expect(fact?.notesDiffer?.ko, id).toBeTruthy();
      expect(fact?.notesDiffer?.en, id).toMatch(/(before|older)/i);
    }
    // The three usage-plan rows agree: no usage plan behaviour is documented for WebSocket.
    for (const id of [
      'feat.usage-plans',
      'feat.usage-plans-throttling',
      'feat.per-client-rate-limiting',
    ]) {
      const row = FEATURE_ROWS.find((r) => r.id === id);
      expect(row?.kind === 'support' && row.cells.websocket.support, id).toBe('undocumented');
    }
  });

  it('never teaches an undocumented WebSocket feature as supported', () => {
    const firehose = FEATURE_ROWS.find((r) => r.id === 'feat.access-logs-firehose');
    expect(firehose?.kind === 'support' && firehose.cells.websocket.support).toBe('undocumented');
  });

  it('links type, concept and topic facts only to rows that exist', () => {
    const rowIds = new Set(FEATURE_ROWS.map((r) => r.id));
    for (const fact of [...TYPE_FACTS, ...CONCEPT_FACTS, ...TOPIC_FACTS]) {
      for (const id of fact.rowIds) expect(rowIds.has(id), `${fact.id} -> ${id}`).toBe(true);
    }
  });
});

describe('the deck', () => {
  it('has one card per fact kind: 255 cards, 76 of them scenarios and 51 topic cards', () => {
    expect(DECK).toHaveLength(255);
    expect(DECK.filter((c) => c.kind === 'scenario')).toHaveLength(SCENARIOS.length);
    expect(DECK.filter((c) => c.kind === 'topic')).toHaveLength(TOPIC_FACTS.length);
    expect(new Set(DECK_ORDER).size).toBe(DECK.length);
  });

  it('keeps every published id: the committed ids are the live ids plus the retired ones', () => {
    const live = new Set(DECK_ORDER);
    const retired = Object.keys(RETIRED_CARD_IDS);
    // A retired id is never built again (its history would come back attached to another question).
    expect(retired.filter((id) => live.has(id))).toEqual([]);
    for (const id of retired) expect(RETIRED_CARD_IDS[id]?.trim(), id).toBeTruthy();
    // Adding a card means adding its id to the fixture; retiring one means listing it as retired.
    const committed = committedIds as string[];
    expect(new Set(committed).size).toBe(committed.length);
    expect([...committed].sort()).toEqual([...live, ...retired].sort());
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
    expect([...kinds].sort()).toEqual([
      'concept',
      'does',
      'scenario',
      'topic',
      'trait',
      'use-case',
      'values',
      'which',
    ]);
  });

  it('asks "does <type> support X?" on rows where REST and HTTP differ, as each row says', () => {
    const differing = FEATURE_ROWS.filter(
      (r) => r.kind === 'support' && r.cells.rest.support !== r.cells.http.support,
    );
    expect(differing.length).toBeGreaterThan(15);
    const does = DECK.filter((c) => c.kind === 'does');
    for (const row of differing) {
      if (row.kind !== 'support') continue;
      const asked = askedTypes(row);
      // Only the usage-plan rows, whose cards repeat feat.api-keys, ask neither side.
      if (asked.length === 0) expect(row.id).toMatch(/^feat\.usage-plans/);
      for (const t of asked)
        expect(
          does.some((c) => c.id === `${row.id}.${t}`),
          row.id,
        ).toBe(true);
    }
    for (const card of does) expect(card.id).toMatch(/\.(rest|http)$/);
    // Rows where REST and HTTP agree get no "does" card.
    const same = FEATURE_ROWS.filter((r) => r.kind === 'support' && !differing.includes(r));
    for (const row of same)
      expect(
        does.some((c) => c.rowIds.includes(row.id)),
        row.id,
      ).toBe(false);
  });

  it('asks the English questions in whole sentences that fit plural feature names', () => {
    const byId = (id: string) => DECK.find((c) => c.id === id)?.question.en;
    expect(byId('feat.api-keys.http')).toBe('API keys — does an HTTP API support this feature?');
    expect(byId('feat.mock.rest')).toBe(
      'Mock integrations — does a REST API support this feature?',
    );
    expect(byId('feat.api-keys.which')).toBe('API keys — which API types support this feature?');
    expect(byId('trait.validation-and-vtl.type')).toMatch(
      /which API types match this description\?/,
    );
    for (const card of DECK)
      expect(card.question.en, card.id).not.toMatch(/support it\?|None of them/);
  });

  it('derives "which types" answers from the cells', () => {
    const card = DECK.find((c) => c.id === 'feat.api-keys.which');
    expect(card?.answerTypes).toEqual(['rest', 'websocket']);
    expect(card?.answer.en).toBe('REST API, WebSocket API');
    // REST APIs have JWT authorizers now (issue 14): REST and HTTP agree, WebSocket lacks one.
    // Its answer changed, so it is a new card: the old id is retired, not rescheduled.
    expect(DECK.some((c) => c.id === 'feat.jwt-authorizer.which')).toBe(false);
    const jwt = DECK.find((c) => c.id === 'feat.jwt-authorizer.which.r2');
    expect(jwt?.answerTypes).toEqual(['rest', 'http']);
    expect(DECK.some((c) => c.id.startsWith('feat.jwt-authorizer.') && c.kind === 'does')).toBe(
      false,
    );
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
    const again = buildDeck({
      rows: FEATURE_ROWS,
      typeFacts: TYPE_FACTS,
      concepts: CONCEPT_FACTS,
      topics: TOPIC_FACTS,
      scenarios: SCENARIOS,
    });
    expect(again).toEqual(DECK);
  });

  it('tags every card with API types', () => {
    for (const card of DECK) {
      expect(card.apiTypes.length, card.id).toBeGreaterThan(0);
      for (const t of card.apiTypes) expect(API_TYPES).toContain(t);
    }
  });

  it('puts each scenario after the cards of the facts it rests on, never among the core cards', () => {
    const firstOther = DECK.findIndex((c) => !c.core);
    DECK.forEach((card, i) => {
      if (card.kind !== 'scenario') return;
      expect(i, card.id).toBeGreaterThan(firstOther);
      const later = DECK.slice(i + 1).filter(
        (c) => c.kind !== 'scenario' && c.factIds.some((f) => card.factIds.includes(f)),
      );
      expect(
        later.map((c) => c.id),
        card.id,
      ).toEqual([]);
    });
  });

  it('keeps sibling groups small enough to bury: at most 20 cards share a fact', () => {
    const sizes = DECK_ORDER_DATA.groups.map((g) => g.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20);
    // Every scenario has siblings: answering one of its facts buries it for the day.
    const inGroup = new Set(DECK_ORDER_DATA.groups.flat());
    DECK.forEach((card, i) => {
      if (card.kind === 'scenario') expect(inGroup.has(i), card.id).toBe(true);
    });
  });
});
