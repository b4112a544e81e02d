import type { StudyCard } from '../content/deck-builder.ts';
import { API_TYPES, type ApiType, EXAM_TOPICS, FEATURE_GROUPS } from '../content/types.ts';
import { type ExamAttempt, type ExamSize, scoreOf } from './exam-score.ts';
import { type ChoiceQuestion, choiceQuestion, isRight, togglePick } from './quiz.ts';

/**
 * A timed mock exam (issue #14): scenario questions and "which API types" questions drawn
 * from the deck with a seeded generator, answered without feedback, then scored against the
 * exam's pass mark. Nothing here rates a card: a mock exam never changes the schedule.
 */

/** Minutes allowed for each length. */
const MINUTES: Readonly<Record<ExamSize, number>> = { 20: 30, 65: 130 };
/** The share of scenario questions (rounded up); the rest ask which API types apply. */
const SCENARIO_SHARE = 0.75;

export function examMinutes(size: ExamSize): number {
  return MINUTES[size];
}

export function examDeadline(startedAt: number, size: ExamSize): number {
  return startedAt + MINUTES[size] * 60_000;
}

/** Milliseconds left at `now`: the whole time before the start, 0 from the deadline on. */
export function timeLeftMs(startedAt: number, size: ExamSize, now: number): number {
  return Math.min(MINUTES[size] * 60_000, Math.max(0, examDeadline(startedAt, size) - now));
}

export function isTimeUp(startedAt: number, size: ExamSize, now: number): boolean {
  return now >= examDeadline(startedAt, size);
}

/** mulberry32: a small, fast generator; the same seed gives the same numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Fisher-Yates, into a new array. */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function isScenarioQuestion(card: StudyCard): boolean {
  return card.kind === 'scenario' && card.choices !== undefined;
}

function isTypesQuestion(card: StudyCard): boolean {
  return (
    (card.kind === 'which' || card.kind === 'use-case' || card.kind === 'trait') &&
    (card.answerTypes?.length ?? 0) > 0
  );
}

/** The question a card asks in a mock exam, or null for a card a mock exam never draws. */
export function examQuestion(card: StudyCard | undefined): ChoiceQuestion | null {
  if (!card || !(isScenarioQuestion(card) || isTypesQuestion(card))) return null;
  return choiceQuestion(card, true);
}

/**
 * Up to `count` items, spread over the groups `key` gives: groups in random order take
 * turns, each giving its next item (in random order), so no group has two more than another
 * unless it runs out.
 */
function spread<T>(
  items: readonly T[],
  key: (item: T) => string,
  count: number,
  random: () => number,
): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  const queues = shuffle(
    [...groups.values()].map((g) => shuffle(g, random)),
    random,
  );
  const out: T[] = [];
  while (out.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && out.length < count) out.push(next);
    }
  }
  return out;
}

const answerKey = (card: StudyCard) => [...(card.answerTypes ?? [])].sort().join('+');

/**
 * The card ids of an exam of `size` questions, in the order asked, the same for the same
 * deck and seed. `SCENARIO_SHARE` of them are scenarios taking turns over the exam topics;
 * the rest are "which API types" cards taking turns over their answers (REST alone, REST and
 * HTTP, ...), preferring cards that test no fact a chosen scenario tests (one would give the
 * other away). Fewer than `size` only if the deck has fewer such cards.
 */
export function sampleExam(deck: readonly StudyCard[], size: number, seed: number): string[] {
  const random = seededRandom(seed);
  const scenarios = deck.filter(isScenarioQuestion);
  const types = deck.filter(isTypesQuestion);
  const wanted = Math.min(scenarios.length, Math.ceil(size * SCENARIO_SHARE));
  const chosen = spread(scenarios, (c) => c.topic, wanted, random);
  const tested = new Set(chosen.flatMap((c) => c.factIds));
  const fresh = types.filter((c) => !c.factIds.some((f) => tested.has(f)));
  const picked = spread(fresh, answerKey, size - chosen.length, random);
  if (picked.length < size - chosen.length) {
    const rest = types.filter((c) => !picked.includes(c));
    picked.push(...spread(rest, answerKey, size - chosen.length - picked.length, random));
  }
  return shuffle([...chosen, ...picked], random).map((c) => c.id);
}

/** A question as the learner leaves it: the options picked (indexes), and the review flag. */
export interface ExamAnswer {
  readonly cardId: string;
  readonly picks: readonly number[];
  readonly flagged: boolean;
}

/** An exam under way (ephemeral: never persisted). */
export interface RunningExam {
  readonly id: string;
  readonly seed: number;
  readonly size: ExamSize;
  readonly startedAt: number;
  readonly answers: readonly ExamAnswer[];
  /** Index of the question on screen. */
  readonly current: number;
}

/**
 * A new exam of `size` questions from `deck`. `nonce` (random, from the caller) makes its
 * id unique: two tabs that start the same seed at the same millisecond keep two attempts.
 */
export function startExam(
  deck: readonly StudyCard[],
  size: ExamSize,
  seed: number,
  now: number,
  nonce: string,
): RunningExam {
  const answers = sampleExam(deck, size, seed).map((cardId) => ({
    cardId,
    picks: [],
    flagged: false,
  }));
  return {
    id: `mock-${now.toString(36)}-${seed.toString(36)}-${nonce}`,
    seed,
    size,
    startedAt: now,
    answers,
    current: 0,
  };
}

function updateCurrent(exam: RunningExam, change: (a: ExamAnswer) => ExamAnswer): RunningExam {
  return {
    ...exam,
    answers: exam.answers.map((a, i) => (i === exam.current ? change(a) : a)),
  };
}

/** Option `index` chosen on the current question (a toggle, as `togglePick`). */
export function pickOption(
  exam: RunningExam,
  question: ChoiceQuestion,
  index: number,
): RunningExam {
  return updateCurrent(exam, (a) => ({ ...a, picks: togglePick(question, a.picks, index) }));
}

export function toggleFlag(exam: RunningExam): RunningExam {
  return updateCurrent(exam, (a) => ({ ...a, flagged: !a.flagged }));
}

/** Moves to question `index`, held within the exam. */
export function goTo(exam: RunningExam, index: number): RunningExam {
  const current = Math.max(0, Math.min(exam.answers.length - 1, index));
  return current === exam.current ? exam : { ...exam, current };
}

/** Answered: as many picks as the question asks for (at least one where every type counts). */
export function isAnswered(question: ChoiceQuestion | null, picks: readonly number[]): boolean {
  if (!question) return false;
  return question.choose === 'all' ? picks.length > 0 : picks.length === question.choose;
}

export type CardLookup = (id: string) => StudyCard | undefined;

/** Grades the exam as it stands: a question without its picks, or unknown, is wrong. */
export function finishExam(
  exam: RunningExam,
  cardById: CardLookup,
  now: number,
  endedBy: ExamAttempt['endedBy'],
): ExamAttempt {
  const questions = exam.answers.map(({ cardId, picks }) => {
    const question = examQuestion(cardById(cardId));
    return { cardId, picks: [...picks], right: question !== null && isRight(question, picks) };
  });
  const right = questions.filter((q) => q.right).length;
  return {
    id: exam.id,
    startedAt: exam.startedAt,
    finishedAt: Math.min(now, examDeadline(exam.startedAt, exam.size)),
    seed: exam.seed,
    size: exam.size,
    endedBy,
    questions,
    score: scoreOf(right, questions.length),
  };
}

/**
 * A question's topic in the breakdown: a scenario's exam topic; "which type fits / has"
 * cards are about choosing an API type; a feature's "which types" card, its feature group.
 */
function examTopicOf(card: StudyCard): string {
  if (card.kind === 'use-case' || card.kind === 'trait') return 'api-type';
  return card.topic;
}

export interface Tally {
  readonly key: string;
  readonly right: number;
  readonly total: number;
}

function tally(pairs: readonly { key: string; right: boolean }[], order: readonly string[]) {
  const map = new Map<string, { right: number; total: number }>();
  for (const { key, right } of pairs) {
    const t = map.get(key) ?? { right: 0, total: 0 };
    map.set(key, { right: t.right + (right ? 1 : 0), total: t.total + 1 });
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...map].map(([key, t]) => ({ key, ...t })).sort((a, b) => rank(a.key) - rank(b.key));
}

/** Right and asked per topic (each question once): exam topics first, then feature groups. */
export function breakdownByTopic(attempt: ExamAttempt, cardById: CardLookup): Tally[] {
  const pairs = attempt.questions.map((q) => {
    const card = cardById(q.cardId);
    return { key: card ? examTopicOf(card) : 'unknown', right: q.right };
  });
  return tally(pairs, [...EXAM_TOPICS, ...FEATURE_GROUPS]);
}

/** Right and asked per API type: a question counts for each type it is about. */
export function breakdownByType(attempt: ExamAttempt, cardById: CardLookup): Tally[] {
  const pairs = attempt.questions.flatMap((q) =>
    (cardById(q.cardId)?.apiTypes ?? []).map((type: ApiType) => ({ key: type, right: q.right })),
  );
  return tally(pairs, API_TYPES);
}

/** The cards of the questions not answered right, in the order asked. */
export function missedCardIds(attempt: ExamAttempt): string[] {
  return attempt.questions.filter((q) => !q.right).map((q) => q.cardId);
}
