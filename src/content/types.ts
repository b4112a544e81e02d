/**
 * Typed shape of the comparison facts. Everything the deck and the compare view show
 * comes from data of these types; nothing here imports React or the store.
 */

export const API_TYPES = ['rest', 'http', 'websocket'] as const;
export type ApiType = (typeof API_TYPES)[number];

/** Every learner-facing string exists in Korean (first) and English. */
export interface Text {
  readonly ko: string;
  readonly en: string;
}

/** Where a fact comes from: the learner's seed notes or an AWS page. */
export interface Source {
  /** Short label shown to the learner, e.g. "AWS: Choose between REST APIs and HTTP APIs". */
  readonly label: string;
  /** Absolute https URL of the doc page, when there is one. The seed has none. */
  readonly url?: string;
}

/**
 * ✓ supported, ✗ not supported, partial (with a note), n/a (does not apply),
 * undocumented (no AWS document says it is supported: never taught as a feature).
 */
export type Support = 'yes' | 'no' | 'partial' | 'na' | 'undocumented';

export interface Cell {
  readonly support: Support;
  /** Short qualifier, e.g. "REQUEST type only, on $connect only". */
  readonly note?: Text;
}

/** A cell of a value row (limits, prices): the value as text. */
export interface ValueCell {
  readonly value: Text;
}

export const FEATURE_GROUPS = [
  'endpoint',
  'security',
  'authorization',
  'management',
  'development',
  'monitoring',
  'integrations',
  'supplementary',
] as const;
export type FeatureGroupId = (typeof FEATURE_GROUPS)[number];

interface RowBase {
  /** Stable id, `feat.<kebab-name>`. Never renamed: progress is keyed by it. */
  readonly id: string;
  readonly group: FeatureGroupId;
  /** True for the 39 rows of AWS's official comparison table. */
  readonly official: boolean;
  /** True when the learner's seed notes cover this row (its REST vs HTTP table or trait table). */
  readonly core: boolean;
  /** Feature name. Korean keeps the AWS term in English in parentheses, as the notes do. */
  readonly name: Text;
  readonly source: Source;
  /** Set where the seed notes oversimplify or differ: what AWS documents instead. */
  readonly notesDiffer?: Text;
}

/** A row whose cells say whether each API type supports the feature. */
export interface SupportRow extends RowBase {
  readonly kind: 'support';
  readonly cells: Readonly<Record<ApiType, Cell>>;
  /** One or two sentences on why the row reads as it does; used as the card explanation. */
  readonly explanation: Text;
  /**
   * Which "does <type> support it?" cards to build (ids `<row id>.rest`, `<row id>.http`).
   * Default: none where REST and HTTP agree; otherwise HTTP, plus REST where REST lacks the
   * feature. Set per row to balance the Yes and No answers; an empty list builds none.
   */
  readonly ask?: readonly ('rest' | 'http')[];
  /** False: build no "which types" card (the row stays in the compare table). */
  readonly which?: false;
  /**
   * Set when AWS changed the answer of the "which types" card: its id becomes
   * `<row id>.which.r<n>` and the old id is retired, so a learner who memorised the old
   * answer meets the card again as new instead of at a long interval.
   */
  readonly whichRevision?: number;
}

/** A row whose cells are values (timeouts, payload sizes, prices). */
export interface ValueRow extends RowBase {
  readonly kind: 'value';
  readonly cells: Readonly<Record<ApiType, ValueCell>>;
  readonly explanation: Text;
  /** False: build no "values" card (the row stays in the compare table). */
  readonly values?: false;
}

export type FeatureRow = SupportRow | ValueRow;

export interface FeatureGroup {
  readonly id: FeatureGroupId;
  readonly name: Text;
}

/** One API type as the seed notes' first table describes it. */
export interface ApiTypeProfile {
  readonly id: ApiType;
  readonly name: Text;
  /** 특징: short traits. */
  readonly traits: readonly Text[];
  /** 주요 용도: main uses. */
  readonly uses: readonly Text[];
  /** When to pick it, one sentence. */
  readonly pick: Text;
  readonly source: Source;
}

/**
 * A scenario or trait whose answer is one or more API types.
 * `kind: 'use-case'` -> "which type fits this use case?"; `kind: 'trait'` -> "which type has this trait?".
 */
export interface TypeFact {
  /** Stable id, `use.<kebab>` or `trait.<kebab>`. */
  readonly id: string;
  readonly kind: 'use-case' | 'trait';
  /** The scenario or trait, phrased to be put after "which API type ...". */
  readonly prompt: Text;
  readonly answer: readonly ApiType[];
  readonly explanation: Text;
  /** Feature rows this fact relates to (for mastery per row and "study this row"). */
  readonly rowIds: readonly string[];
  readonly source: Source;
  readonly core: boolean;
  readonly notesDiffer?: Text;
}

export type ConceptTopic = 'websocket' | 'cost' | 'latency' | 'quota';

/** A free-answer fact: WebSocket concepts and limits, cost, latency, quotas. */
export interface ConceptFact {
  /** Stable id, `ws.<kebab>`, `cost.<kebab>`, `latency.<kebab>`, `quota.<kebab>`. */
  readonly id: string;
  readonly topic: ConceptTopic;
  readonly question: Text;
  readonly answer: Text;
  readonly explanation: Text;
  /** The API types this fact is about (for mastery by type). */
  readonly apiTypes: readonly ApiType[];
  readonly rowIds: readonly string[];
  readonly source: Source;
  readonly core: boolean;
  readonly notesDiffer?: Text;
}

/** The exam topics the topic facts and scenario questions are grouped by. */
export const EXAM_TOPICS = [
  'api-type',
  'private',
  'stages',
  'caching',
  'throttling',
  'lambda',
  'errors',
  'domains',
  'authorizers',
  'cors-binary',
  'websocket-management',
] as const;
export type ExamTopic = (typeof EXAM_TOPICS)[number];

/**
 * A free-answer fact for an exam topic (private APIs, stages, caching, authorizers...);
 * becomes a `<id>.qa` card like a ConceptFact. Where AWS changed the behaviour, the fact
 * teaches the current one and `notesDiffer` says what older material (and the notes) say.
 */
export interface TopicFact extends Omit<ConceptFact, 'topic'> {
  /** Stable id, `topic.<kebab>`. Never renamed: progress is keyed by it. */
  readonly id: string;
  readonly topic: ExamTopic;
}

/** An exam-style question: 4 options with one answer, or 5 options with two ("choose two"). */
export interface Scenario {
  /** Stable id, `scn.<kebab>`. Never renamed or reused: progress is keyed by it. */
  readonly id: string;
  readonly topic: ExamTopic;
  /** The exam's qualifier, in English as the exam writes it (e.g. "LEAST operational overhead"). */
  readonly qualifier?: string;
  readonly stem: Text;
  /** In the order shown (A-E); the correct positions are spread over the set. */
  readonly options: readonly Text[];
  /** Option indexes: exactly 1 for 4 options, exactly 2 for 5 options. */
  readonly correct: readonly number[];
  /** Per option: null for a correct option, else one line on why it is wrong. */
  readonly why: readonly (Text | null)[];
  readonly explanation: Text;
  /** The facts that decide it: ids of feature rows, type, concept or topic facts. */
  readonly factIds: readonly string[];
  readonly apiTypes: readonly ApiType[];
  readonly source: Source;
}
