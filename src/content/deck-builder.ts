import { API_TYPE_LABEL } from './api-type-label.ts';
import type {
  ApiType,
  ConceptFact,
  ConceptTopic,
  ExamTopic,
  FeatureGroupId,
  FeatureRow,
  Scenario,
  Source,
  SupportRow,
  Text,
  TopicFact,
  TypeFact,
  ValueRow,
} from './types.ts';
import { API_TYPES } from './types.ts';

export type CardKind =
  | 'which'
  | 'does'
  | 'values'
  | 'use-case'
  | 'trait'
  | 'concept'
  | 'topic'
  | 'scenario';

/** Feature group, concept topic or exam topic of a card, for grouping and tags. */
export type CardTopic = FeatureGroupId | ConceptTopic | ExamTopic | 'use-case' | 'trait';

/**
 * The options of a scenario card, in the order shown (letters A-E). `correct` holds one
 * index (4 options) or two ("choose two", 5 options); `why[i]` says why option i is wrong
 * and is null for the correct ones.
 */
export interface ScenarioChoices {
  readonly options: readonly Text[];
  readonly correct: readonly number[];
  readonly why: readonly (Text | null)[];
  /** The exam's qualifier as the stem writes it in English, e.g. "LEAST operational overhead". */
  readonly qualifier?: string;
}

/** One flashcard. Built from facts by `buildDeck`; never stored (only its id is). */
export interface StudyCard {
  /** Stable: `<fact id>.<question kind>`. Progress is keyed by it. */
  readonly id: string;
  readonly kind: CardKind;
  readonly question: Text;
  readonly answer: Text;
  readonly explanation: Text;
  /** Ids of the facts (feature rows, type facts, concept facts) the card tests. */
  readonly factIds: readonly string[];
  /** Compare-table rows the card belongs to (mastery per row, "study this row"). */
  readonly rowIds: readonly string[];
  /** API types the card is about (mastery per type, tags). */
  readonly apiTypes: readonly ApiType[];
  /** Feature group, concept topic or exam topic, for grouping and tags. */
  readonly topic: CardTopic;
  readonly source: Source;
  /** The learner's seed notes cover it. */
  readonly core: boolean;
  /** What AWS documents where the notes oversimplify. */
  readonly notesDiffer?: Text;
  /**
   * For cards whose answer is exactly a set of API types: that set (quiz mode's choices).
   * Absent where a type supports the feature only partly: no pick would be plainly right.
   */
  readonly answerTypes?: readonly ApiType[];
  /**
   * Scenario cards only: the options to choose from. `question` is the stem alone and
   * `answer` names the correct option(s) with their letters, so a screen that does not
   * show the options yet still reads as a (harder) free-answer card.
   */
  readonly choices?: ScenarioChoices;
}

const text = (ko: string, en: string): Text => ({ ko, en });

/** The option letters of a scenario card, in order. */
export const CHOICE_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** A type with its English article, for questions that name one type. */
const WITH_ARTICLE: Readonly<Record<ApiType, string>> = {
  rest: 'a REST API',
  http: 'an HTTP API',
  websocket: 'a WebSocket API',
};

function joinTypes(types: readonly ApiType[]): string {
  return types.map((t) => API_TYPE_LABEL[t]).join(', ');
}

function supported(row: SupportRow): ApiType[] {
  return API_TYPES.filter((t) => row.cells[t].support === 'yes');
}

function partial(row: SupportRow): ApiType[] {
  return API_TYPES.filter((t) => row.cells[t].support === 'partial');
}

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

function whichCard(row: SupportRow): StudyCard {
  const yes = supported(row);
  const part = partial(row);
  const partKo = part.length ? ` (부분 지원: ${joinTypes(part)})` : '';
  const partEn = part.length ? ` (partly: ${joinTypes(part)})` : '';
  const answer = yes.length
    ? text(`${joinTypes(yes)}${partKo}`, `${joinTypes(yes)}${partEn}`)
    : text(`세 유형 모두 지원하지 않음${partKo}`, `None of the three types${partEn}`);
  return {
    id: row.whichRevision ? `${row.id}.which.r${row.whichRevision}` : `${row.id}.which`,
    kind: 'which',
    // Feature names are labels (some plural), so the question follows the label whole.
    question: text(
      `${row.name.ko} — 이 기능을 지원하는 API 유형을 모두 고르세요.`,
      `${row.name.en} — which API types support this feature?`,
    ),
    answer,
    explanation: row.explanation,
    factIds: [row.id],
    rowIds: [row.id],
    apiTypes: API_TYPES,
    topic: row.group,
    source: row.source,
    core: row.core,
    ...optional('answerTypes', part.length ? undefined : yes),
    ...optional('notesDiffer', row.notesDiffer),
  };
}

function supportAnswer(row: SupportRow, type: ApiType): Text {
  const cell = row.cells[type];
  const note = cell.note;
  const head: Record<typeof cell.support, Text> = {
    yes: text('예, 지원합니다.', 'Yes.'),
    no: text('아니요, 지원하지 않습니다.', 'No.'),
    partial: text('부분적으로만 지원합니다.', 'Only partly.'),
    na: text('해당 없음입니다.', 'It does not apply.'),
    undocumented: text('문서화되어 있지 않습니다.', 'Not documented.'),
  };
  const h = head[cell.support];
  return note ? text(`${h.ko} ${note.ko}`, `${h.en} ${note.en}`) : h;
}

/** "Does <type> support X?" for a row where REST and HTTP differ. */
function doesCard(row: SupportRow, type: 'rest' | 'http'): StudyCard {
  const label = API_TYPE_LABEL[type];
  return {
    id: `${row.id}.${type}`,
    kind: 'does',
    question: text(
      `${row.name.ko} — ${label}에서 이 기능을 쓸 수 있나요?`,
      `${row.name.en} — does ${WITH_ARTICLE[type]} support this feature?`,
    ),
    answer: supportAnswer(row, type),
    explanation: row.explanation,
    factIds: [row.id],
    rowIds: [row.id],
    apiTypes: ['rest', 'http'],
    topic: row.group,
    source: row.source,
    core: row.core,
    ...optional('notesDiffer', row.notesDiffer),
  };
}

function valuesCard(row: ValueRow): StudyCard {
  const line = (lang: keyof Text) =>
    API_TYPES.map((t) => `${API_TYPE_LABEL[t]}: ${row.cells[t].value[lang]}`).join(' · ');
  return {
    id: `${row.id}.values`,
    kind: 'values',
    question: text(
      `${row.name.ko} — REST, HTTP, WebSocket API는 각각 어떻게 다른가요?`,
      `${row.name.en} — how does it differ across REST, HTTP and WebSocket APIs?`,
    ),
    answer: text(line('ko'), line('en')),
    explanation: row.explanation,
    factIds: [row.id],
    rowIds: [row.id],
    apiTypes: API_TYPES,
    topic: row.group,
    source: row.source,
    core: row.core,
    ...optional('notesDiffer', row.notesDiffer),
  };
}

function typeFactCard(fact: TypeFact): StudyCard {
  const question =
    fact.kind === 'use-case'
      ? text(
          `${fact.prompt.ko} — 가장 알맞은 API 유형은?`,
          `${fact.prompt.en} — which API type fits best?`,
        )
      : text(
          `${fact.prompt.ko} — 이 설명에 맞는 API 유형을 모두 고르세요.`,
          `${fact.prompt.en} — which API types match this description? (one or more)`,
        );
  const answer = joinTypes(fact.answer);
  return {
    id: `${fact.id}.type`,
    kind: fact.kind,
    question,
    answer: text(answer, answer),
    explanation: fact.explanation,
    factIds: [fact.id, ...fact.rowIds],
    rowIds: fact.rowIds,
    apiTypes: fact.answer,
    topic: fact.kind,
    source: fact.source,
    core: fact.core,
    answerTypes: fact.answer,
    ...optional('notesDiffer', fact.notesDiffer),
  };
}

function conceptCard(fact: ConceptFact | TopicFact, kind: 'concept' | 'topic'): StudyCard {
  return {
    id: `${fact.id}.qa`,
    kind,
    question: fact.question,
    answer: fact.answer,
    explanation: fact.explanation,
    factIds: [fact.id, ...fact.rowIds],
    rowIds: fact.rowIds,
    apiTypes: fact.apiTypes,
    topic: fact.topic,
    source: fact.source,
    core: fact.core,
    ...optional('notesDiffer', fact.notesDiffer),
  };
}

/** The sides a row's "does <type> support it?" cards ask about (see SupportRow.ask). */
export function askedTypes(row: SupportRow): readonly ('rest' | 'http')[] {
  if (row.ask) return row.ask;
  const rest = row.cells.rest.support;
  if (rest === row.cells.http.support) return [];
  // Ask the REST side too where REST is the one lacking the feature.
  return rest === 'yes' ? ['http'] : ['http', 'rest'];
}

/** Cards built from one feature row, in the order a learner should meet them. */
function rowCards(row: FeatureRow): StudyCard[] {
  if (row.kind === 'value') return row.values === false ? [] : [valuesCard(row)];
  const cards = row.which === false ? [] : [whichCard(row)];
  for (const type of askedTypes(row)) cards.push(doesCard(row, type));
  return cards;
}

function choiceLines(s: Scenario, lang: keyof Text): string {
  return s.correct.map((i) => `${CHOICE_LETTERS[i]}. ${s.options[i]?.[lang] ?? ''}`).join(' / ');
}

/** An exam-style question; its siblings are the cards of the facts that decide it. */
function scenarioCard(s: Scenario, rowIds: ReadonlySet<string>): StudyCard {
  return {
    id: `${s.id}.choose`,
    kind: 'scenario',
    question: s.stem,
    answer: text(choiceLines(s, 'ko'), choiceLines(s, 'en')),
    explanation: s.explanation,
    factIds: s.factIds,
    rowIds: s.factIds.filter((id) => rowIds.has(id)),
    apiTypes: s.apiTypes,
    topic: s.topic,
    source: s.source,
    core: false,
    choices: {
      options: s.options,
      correct: s.correct,
      why: s.why,
      ...optional('qualifier', s.qualifier),
    },
  };
}

/**
 * Puts each scenario right after the last card that tests one of its facts (never among
 * the core cards), so a scenario is met only once the facts behind it have been.
 */
function placeScenarios(
  base: readonly StudyCard[],
  coreCount: number,
  scenarios: readonly StudyCard[],
): StudyCard[] {
  const lastIndex = new Map<string, number>();
  base.forEach((card, i) => {
    for (const fact of card.factIds) lastIndex.set(fact, i);
  });
  const after = new Map<number, StudyCard[]>();
  for (const card of scenarios) {
    const found = card.factIds.map((f) => lastIndex.get(f) ?? -1);
    const at = found.some((i) => i >= 0) ? Math.max(coreCount - 1, ...found) : base.length - 1;
    after.set(at, [...(after.get(at) ?? []), card]);
  }
  const out: StudyCard[] = [...(after.get(-1) ?? [])];
  base.forEach((card, i) => {
    out.push(card, ...(after.get(i) ?? []));
  });
  return out;
}

/** Takes one card from each list in turn, so a session mixes the kinds of question. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

export interface DeckInput {
  readonly rows: readonly FeatureRow[];
  readonly typeFacts: readonly TypeFact[];
  readonly concepts: readonly ConceptFact[];
  readonly topics: readonly TopicFact[];
  readonly scenarios: readonly Scenario[];
}

/**
 * Facts -> cards, in the order new cards are introduced: first what the learner's own
 * notes cover (core), then the rest, each part mixing feature, type, concept and topic
 * cards; each scenario follows the last card of the facts it rests on.
 */
export function buildDeck({
  rows,
  typeFacts,
  concepts,
  topics,
  scenarios,
}: DeckInput): StudyCard[] {
  const feature = rows.flatMap(rowCards);
  const types = typeFacts.map(typeFactCard);
  const concept = concepts.map((f) => conceptCard(f, 'concept'));
  const topic = topics.map((f) => conceptCard(f, 'topic'));
  const core = (c: StudyCard) => c.core;
  const other = (c: StudyCard) => !c.core;
  const first = interleave([
    types.filter(core),
    feature.filter(core),
    concept.filter(core),
    topic.filter(core),
  ]);
  const rest = interleave([
    feature.filter(other),
    types.filter(other),
    concept.filter(other),
    topic.filter(other),
  ]);
  const rowIds = new Set(rows.map((r) => r.id));
  return placeScenarios(
    [...first, ...rest],
    first.length,
    scenarios.map((s) => scenarioCard(s, rowIds)),
  );
}
