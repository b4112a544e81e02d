import { API_TYPE_LABEL } from './api-type-label';
import type {
  ApiType,
  ConceptFact,
  ConceptTopic,
  FeatureGroupId,
  FeatureRow,
  Source,
  SupportRow,
  Text,
  TypeFact,
  ValueRow,
} from './types';
import { API_TYPES } from './types';

export type CardKind = 'which' | 'does' | 'values' | 'use-case' | 'trait' | 'concept';

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
  /** Feature group or concept topic, for grouping and tags. */
  readonly topic: FeatureGroupId | ConceptTopic | 'use-case' | 'trait';
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
}

const text = (ko: string, en: string): Text => ({ ko, en });

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
    : text(`지원하는 유형 없음${partKo}`, `None of them${partEn}`);
  return {
    id: `${row.id}.which`,
    kind: 'which',
    question: text(
      `${row.name.ko}: 지원하는 API 유형을 모두 고르면?`,
      `${row.name.en}: which API types support it?`,
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
      `${row.name.ko}: ${label}에서 지원되나요?`,
      `${row.name.en}: does ${label} support it?`,
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
      `${row.name.ko}: REST, HTTP, WebSocket API는 각각 어떻게 다른가요?`,
      `${row.name.en}: how do REST, HTTP and WebSocket APIs compare?`,
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
          `${fact.prompt.ko}: 가장 알맞은 API 유형은?`,
          `${fact.prompt.en}: which API type fits best?`,
        )
      : text(
          `${fact.prompt.ko}: 어떤 API 유형의 특징인가요?`,
          `${fact.prompt.en}: which API type has this trait?`,
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

function conceptCard(fact: ConceptFact): StudyCard {
  return {
    id: `${fact.id}.qa`,
    kind: 'concept',
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

/** Cards built from one feature row, in the order a learner should meet them. */
function rowCards(row: FeatureRow): StudyCard[] {
  if (row.kind === 'value') return [valuesCard(row)];
  const cards = [whichCard(row)];
  const rest = row.cells.rest.support;
  const http = row.cells.http.support;
  if (rest !== http) {
    cards.push(doesCard(row, 'http'));
    // Ask the REST side too where REST is the one lacking the feature, so the
    // "does it support?" answers are not all the same.
    if (rest !== 'yes') cards.push(doesCard(row, 'rest'));
  }
  return cards;
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
}

/**
 * Facts -> cards, in the order new cards are introduced: first what the learner's own
 * notes cover (core), then the rest, each part mixing feature, type and concept cards.
 */
export function buildDeck({ rows, typeFacts, concepts }: DeckInput): StudyCard[] {
  const feature = rows.flatMap(rowCards);
  const types = typeFacts.map(typeFactCard);
  const concept = concepts.map(conceptCard);
  const core = (c: StudyCard) => c.core;
  const other = (c: StudyCard) => !c.core;
  return [
    ...interleave([types.filter(core), feature.filter(core), concept.filter(core)]),
    ...interleave([feature.filter(other), types.filter(other), concept.filter(other)]),
  ];
}
