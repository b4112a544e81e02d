/**
 * What a finished mock exam is, and how it is scored: the part of the mock exam that
 * storage and the progress page need, without the sampler and the deck.
 */

/** The lengths offered: a short practice, and the real exam's 65 questions in 130 minutes. */
export const EXAM_SIZES = [20, 65] as const;
export type ExamSize = (typeof EXAM_SIZES)[number];

/** AWS scales scores from 100 to 1000; 720 passes (DVA-C02, SAA-C03). */
export const MIN_SCORE = 100;
export const MAX_SCORE = 1000;
export const PASS_SCORE = 720;

export function isExamSize(n: number): n is ExamSize {
  return (EXAM_SIZES as readonly number[]).includes(n);
}

/** A seed is a 32-bit unsigned integer, so it reads back from an address or a file. */
export function isSeed(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32;
}

export interface ExamScore {
  readonly right: number;
  readonly total: number;
  /** 100-1000, linear in the fraction right (an estimate: AWS does not publish its scaling). */
  readonly scaled: number;
  readonly passed: boolean;
}

/** The scaled score: 100 + 900 x the fraction right, rounded; 720 or more passes. */
export function scoreOf(right: number, total: number): ExamScore {
  const scaled =
    total > 0 ? Math.round(MIN_SCORE + ((MAX_SCORE - MIN_SCORE) * right) / total) : MIN_SCORE;
  return { right, total, scaled, passed: scaled >= PASS_SCORE };
}

/** A finished exam, as plain JSON (epoch milliseconds), ready to be kept. */
export interface ExamAttempt {
  readonly id: string;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly seed: number;
  readonly size: ExamSize;
  /** The learner pressed finish, or the time ran out. */
  readonly endedBy: 'finish' | 'time';
  /** In the order asked; `right` as graded when it ended (a later deck edit leaves it). */
  readonly questions: readonly {
    readonly cardId: string;
    readonly picks: readonly number[];
    readonly right: boolean;
  }[];
  readonly score: ExamScore;
}

export interface ExamTrend {
  /** The attempts shown, oldest first (the latest `MAX_TREND_POINTS`). */
  readonly points: readonly {
    readonly id: string;
    readonly at: number;
    readonly size: ExamSize;
    readonly scaled: number;
    readonly passed: boolean;
  }[];
  readonly count: number;
  readonly last: number;
  readonly best: number;
  /** The mean of the last three scores (fewer when there are fewer), rounded. */
  readonly recent: number;
  /** Attempts that reached the pass mark. */
  readonly passes: number;
}

const MAX_TREND_POINTS = 20;

/** The scores over time, from attempts oldest first; null when there is none. */
export function examTrend(attempts: readonly ExamAttempt[]): ExamTrend | null {
  const last = attempts[attempts.length - 1];
  if (!last) return null;
  const recent = attempts.slice(-3);
  return {
    points: attempts.slice(-MAX_TREND_POINTS).map((a) => ({
      id: a.id,
      at: a.finishedAt,
      size: a.size,
      scaled: a.score.scaled,
      passed: a.score.passed,
    })),
    count: attempts.length,
    last: last.score.scaled,
    best: Math.max(...attempts.map((a) => a.score.scaled)),
    recent: Math.round(recent.reduce((s, a) => s + a.score.scaled, 0) / recent.length),
    passes: attempts.filter((a) => a.score.passed).length,
  };
}
