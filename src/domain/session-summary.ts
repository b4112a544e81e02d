import { type CardPhase, type Grade, PHASE } from './card-state.ts';

/** One answer of a sitting, as the study screen saw it. */
export interface SessionAnswer {
  readonly cardId: string;
  readonly rating: Grade;
  /** When the card was shown, and when it was answered (epoch ms). */
  readonly shownAt: number;
  readonly at: number;
  /** The card's phase before the answer. */
  readonly state: CardPhase;
  /** Answered before it was due: logged, schedule unchanged. */
  readonly practice: boolean;
}

/** Time on one card counts up to this much (Anki caps an answer's time at 60 s). */
export const ANSWER_TIME_CAP_MS = 60_000;

export interface SessionSummary {
  readonly answers: number;
  /** Distinct cards answered. */
  readonly cards: number;
  /** Cards whose first answer in the sitting was not Again. */
  readonly firstTryRight: number;
  /** firstTryRight / cards, or null with no answers. */
  readonly accuracy: number | null;
  /** Answers to new cards, to cards in (re)learning steps, to review cards, and practice. */
  readonly fresh: number;
  readonly learning: number;
  readonly review: number;
  readonly practice: number;
  /** Time spent answering: each card's time on screen, capped, waits excluded (ms). */
  readonly activeMs: number;
  /** Cards answered Again at least once, in the order they were first missed. */
  readonly missed: readonly string[];
}

/** What a sitting's answers add up to. */
export function summarizeSession(answers: readonly SessionAnswer[]): SessionSummary {
  const first = new Map<string, Grade>();
  const missed: string[] = [];
  let fresh = 0;
  let learning = 0;
  let review = 0;
  let practice = 0;
  let activeMs = 0;
  for (const a of answers) {
    if (!first.has(a.cardId)) first.set(a.cardId, a.rating);
    if (a.rating === 1 && !missed.includes(a.cardId)) missed.push(a.cardId);
    if (a.practice) practice++;
    else if (a.state === PHASE.new) fresh++;
    else if (a.state === PHASE.review) review++;
    else learning++;
    activeMs += Math.min(ANSWER_TIME_CAP_MS, Math.max(0, a.at - a.shownAt));
  }
  let firstTryRight = 0;
  for (const rating of first.values()) if (rating !== 1) firstTryRight++;
  return {
    answers: answers.length,
    cards: first.size,
    firstTryRight,
    accuracy: first.size ? firstTryRight / first.size : null,
    fresh,
    learning,
    review,
    practice,
    activeMs,
    missed,
  };
}
