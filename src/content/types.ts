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
}

/** A row whose cells are values (timeouts, payload sizes, prices). */
export interface ValueRow extends RowBase {
  readonly kind: 'value';
  readonly cells: Readonly<Record<ApiType, ValueCell>>;
  readonly explanation: Text;
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
