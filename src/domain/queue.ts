import { type CardState, PHASE, type ReviewEntry } from './card-state.ts';
import { DEFAULT_LEARN_AHEAD_MINUTES } from './defaults.ts';
import {
  addLocalDays,
  type DayStart,
  localDayKey,
  localDaysBetween,
  localMorningOf,
  MINUTE_MS,
  startOfLocalDay,
} from './time.ts';

export { DEFAULT_NEW_PER_DAY } from './defaults.ts';

/** When the study day is, and how far ahead learning cards may be shown. */
export interface StudyDay {
  /** The local hour a study day begins (Anki's "next day starts at"). */
  readonly dayStart?: DayStart;
  /** Learning cards due this soon are shown now when nothing else is due. */
  readonly learnAheadMs?: number;
}

export const LEARN_AHEAD_MS = DEFAULT_LEARN_AHEAD_MINUTES * MINUTE_MS;

export interface QueueInput extends StudyDay {
  /** Card ids of the deck in the order new cards are introduced. */
  readonly deckOrder: readonly string[];
  readonly cards: Readonly<Record<string, CardState | undefined>>;
  readonly log: readonly ReviewEntry[];
  readonly now: number;
  readonly newPerDay: number;
  /**
   * The exam plan: spread the cards not yet seen (as at the start of the day) over this
   * many days; the new-card limit becomes that pace, plus `extraToday`, instead of
   * `newPerDay`.
   */
  readonly paceDays?: number;
  /** New cards "study more" added for today (with `paceDays`). */
  readonly extraToday?: number;
  /**
   * The exam's final days (from the start of the first one): every card in review not seen
   * since `from` joins today's reviews, lowest predicted recall at `examAt` first, within
   * the daily review limit (answering one early is practice: its schedule stays).
   */
  readonly finalDays?: { readonly from: number; readonly examAt: number };
  /** Most review-state cards to show per study day (Anki's "maximum reviews/day"). */
  readonly maxReviewsPerDay?: number;
  /**
   * Each card's siblings (cards that test the same fact): given, a card answered today
   * buries its new and review siblings until the next day, as Anki's bury options do.
   */
  readonly siblings?: ReadonlyMap<string, readonly string[]>;
}

export interface StudyQueue {
  /** Learning and relearning cards to show now (due, or due soon with nothing else left). */
  readonly learning: readonly string[];
  /** Review cards due today, earliest due first. */
  readonly review: readonly string[];
  /** New cards still allowed today, in deck order. */
  readonly fresh: readonly string[];
  /** Today's new-card limit (the exam plan's pace when it applies). */
  readonly newLimit: number;
  /** Earliest due time of a learning card that is not due yet but is due today. */
  readonly nextLearningDue: number | null;
  /** Earliest due time of any studied card that is not in the queue now. */
  readonly nextDue: number | null;
}

/** Today's answers, from the log's tail (the log is in time order; a rating's cost stays flat). */
function today(log: readonly ReviewEntry[], now: number, dayStart: DayStart): ReviewEntry[] {
  return answersBetween(log, startOfLocalDay(now, dayStart), addLocalDays(now, 1, dayStart));
}

function answersBetween(log: readonly ReviewEntry[], from: number, to: number): ReviewEntry[] {
  const out: ReviewEntry[] = [];
  // (Entries stamped in the future by a clock that went back are skipped, not stopped at.)
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i] as ReviewEntry;
    if (e.review < from) break;
    if (e.review < to) out.push(e);
  }
  return out;
}

/** Cards seen for the first time on the study day of `now` (practice answers aside). */
export function newCardsStudiedToday(
  log: readonly ReviewEntry[],
  now: number,
  dayStart: DayStart = 0,
): number {
  return today(log, now, dayStart).filter((e) => e.state === PHASE.new && !e.practice).length;
}

/** Cards buried for the rest of the study day: siblings of the cards answered in it. */
export function buriedToday(
  log: readonly ReviewEntry[],
  now: number,
  dayStart: DayStart,
  siblings: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const buried = new Set<string>();
  for (const e of today(log, now, dayStart)) {
    for (const id of siblings.get(e.cardId) ?? []) buried.add(id);
  }
  return buried;
}

/** Today's new-card limit: the daily one, plus what "study more" added for today. */
export function todaysNewLimit(
  newPerDay: number,
  extraNew: { readonly day: string; readonly count: number } | null,
  now: number,
  dayStart: DayStart = 0,
): number {
  return newPerDay + (extraNew && extraNew.day === localDayKey(now, dayStart) ? extraNew.count : 0);
}

/** New cards are all seen this many study days before the exam; the final days are for review. */
export const EXAM_LEAD_DAYS = 3;

/**
 * The exam plan on the day of `now`: before the final `lead` days, `paceDays` (days left to
 * introduce new cards, today included); in them, `finalDays` (when they began, and the
 * exam). Null: no exam date, or it has passed.
 */
export function examPlan(
  examDate: string | null,
  now: number,
  dayStart: DayStart = 0,
  lead = EXAM_LEAD_DAYS,
): { paceDays?: number; finalDays?: { from: number; examAt: number } } | null {
  const examAt = examDate ? localMorningOf(examDate) : null;
  if (examAt === null) return null;
  const days = localDaysBetween(now, examAt, dayStart);
  if (days < 0) return null;
  return days > lead
    ? { paceDays: days - lead }
    : {
        finalDays: {
          from: startOfLocalDay(addLocalDays(examAt, -lead, dayStart), dayStart),
          examAt,
        },
      };
}

/** Learning cards due within the limit, shown now because nothing else is left (Anki's learn ahead). */
function learnAhead(
  upcoming: { id: string; due: number }[],
  now: number,
  limit: number,
): { ahead: string[]; next: number | null } {
  const sorted = upcoming.sort((a, b) => a.due - b.due);
  const ahead = sorted.filter((c) => c.due <= now + limit).map((c) => c.id);
  const later = sorted.find((c) => c.due > now + limit);
  return { ahead, next: later ? later.due : null };
}

/**
 * Today's queue: due learning/relearning cards first, then review cards due today, then
 * new cards up to the daily limit; when nothing else is left, learning cards due within
 * the learn-ahead limit. Siblings of a card answered today wait for tomorrow. Cards
 * stored but no longer in the deck are ignored.
 */
export function buildQueue(input: QueueInput): StudyQueue {
  const { deckOrder, cards, log, now, newPerDay, siblings } = input;
  const dayStart = input.dayStart ?? 0;
  const maxReviews = input.maxReviewsPerDay ?? Number.POSITIVE_INFINITY;
  const endOfToday = addLocalDays(now, 1, dayStart);
  const answered = today(log, now, dayStart);
  const buried = siblings ? buriedToday(log, now, dayStart, siblings) : new Set<string>();
  const learning: { id: string; due: number }[] = [];
  const upcoming: { id: string; due: number }[] = [];
  const review: { id: string; due: number }[] = [];
  const unseen: string[] = [];
  let unseenAll = 0;
  let nextDue: number | null = null;
  const final = input.finalDays && {
    ...input.finalDays,
    cards: [] as { id: string; due: number }[],
  };

  for (const id of deckOrder) {
    const card = cards[id];
    if (!card || card.state === PHASE.new) {
      unseenAll++;
      if (!buried.has(id)) unseen.push(id);
      continue;
    }
    const inLearning = card.state === PHASE.learning || card.state === PHASE.relearning;
    if (inLearning && card.due <= now) {
      learning.push({ id, due: card.due });
    } else if (card.state === PHASE.review && card.due < endOfToday && !buried.has(id)) {
      review.push({ id, due: card.due });
    } else {
      if (nextDue === null || card.due < nextDue) nextDue = card.due;
      if (inLearning && card.due < endOfToday) upcoming.push({ id, due: card.due });
      else if (final && card.state === PHASE.review && !buried.has(id)) {
        // Lowest recall at the exam first: recall falls with elapsed time over stability.
        const last = card.lastReview ?? 0;
        if (last < final.from)
          final.cards.push({ id, due: (last - final.examAt) / card.stability });
      }
    }
  }

  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  const newDone = answered.filter((e) => e.state === PHASE.new && !e.practice).length;
  const reviewsDone = answered.filter((e) => e.state === PHASE.review && !e.practice).length;
  const newLimit = input.paceDays
    ? Math.ceil((unseenAll + newDone) / input.paceDays) + (input.extraToday ?? 0)
    : newPerDay;
  const fresh = unseen.slice(0, Math.max(0, newLimit - newDone));
  let due = review
    .sort(byDue)
    .slice(0, Math.max(0, maxReviews - reviewsDone))
    .map((c) => c.id);
  if (final) {
    const seen = new Set(answersBetween(log, final.from, endOfToday).map((e) => e.cardId));
    const room = maxReviews - answered.filter((e) => e.state === PHASE.review).length - due.length;
    const more = final.cards.filter((c) => !seen.has(c.id)).sort(byDue);
    due = [...due, ...more.slice(0, Math.max(0, room)).map((c) => c.id)];
  }
  return queueOf(learning, upcoming, due, fresh, newLimit, nextDue, now, input.learnAheadMs);
}

/**
 * A queue from its sorted parts (both builders end here): learning cards due now first;
 * when nothing at all is left, the learning cards due within the learn-ahead limit.
 */
export function queueOf(
  learning: { id: string; due: number }[],
  upcoming: { id: string; due: number }[],
  review: readonly string[],
  fresh: readonly string[],
  newLimit: number,
  nextDue: number | null,
  now: number,
  learnAheadMs = LEARN_AHEAD_MS,
): StudyQueue {
  const dueNow = learning.sort((a, b) => a.due - b.due).map((c) => c.id);
  if (dueNow.length === 0 && review.length === 0 && fresh.length === 0) {
    const { ahead, next } = learnAhead(upcoming, now, learnAheadMs);
    return { learning: ahead, review, fresh, newLimit, nextLearningDue: next, nextDue };
  }
  const nextLearning = upcoming.sort((a, b) => a.due - b.due)[0];
  return {
    learning: dueNow,
    review,
    fresh,
    newLimit,
    nextLearningDue: nextLearning ? nextLearning.due : null,
    nextDue,
  };
}

/** The card to show now, or undefined when nothing is due at this moment. */
export function nextCardId(queue: StudyQueue): string | undefined {
  return queue.learning[0] ?? queue.review[0] ?? queue.fresh[0];
}

export function queueSize(queue: StudyQueue): number {
  return queue.learning.length + queue.review.length + queue.fresh.length;
}
