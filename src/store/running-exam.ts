import { isExamSize, isSeed } from '../domain/exam-score.ts';
import type { RunningExam } from '../domain/mock-exam.ts';
import { ENTRY_ID, isCardId, isInstant, KEYS } from './schema.ts';

/**
 * The mock exam under way in this tab, kept in the tab's session storage as it changes,
 * so leaving the page (the session's way out, a reload, a link) does not lose it: /exam
 * offers to resume it, its clock still running. It is the tab's own (another tab runs its
 * own exam) and goes when the exam is scored or discarded. Not progress: a refused write
 * costs only the chance to resume, so it is not reported.
 */

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function saveRunningExam(exam: RunningExam): void {
  try {
    session()?.setItem(
      KEYS.runningExam,
      JSON.stringify({
        v: 1,
        id: exam.id,
        seed: exam.seed,
        n: exam.size,
        s: exam.startedAt,
        c: exam.current,
        a: exam.answers.map((a) => [a.cardId, a.picks, a.flagged ? 1 : 0]),
      }),
    );
  } catch {
    // Full or unavailable: the exam simply cannot be resumed after leaving.
  }
}

export function forgetRunningExam(): void {
  try {
    session()?.removeItem(KEYS.runningExam);
  } catch {
    // Nothing to do: an unreadable value is ignored when read.
  }
}

const isAnswer = (x: unknown): x is [string, number[], 0 | 1] =>
  Array.isArray(x) &&
  x.length === 3 &&
  isCardId(x[0]) &&
  Array.isArray(x[1]) &&
  x[1].length <= 5 &&
  x[1].every((p) => Number.isInteger(p) && p >= 0 && p < 5) &&
  (x[2] === 0 || x[2] === 1);

/** The exam this tab left under way, or null (none, or not readable: then it is dropped). */
export function readRunningExam(): RunningExam | null {
  let raw: string | null = null;
  try {
    raw = session()?.getItem(KEYS.runningExam) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    const size = typeof o.n === 'number' ? o.n : 0;
    const answers = Array.isArray(o.a) ? o.a : [];
    if (
      o.v === 1 &&
      typeof o.id === 'string' &&
      ENTRY_ID.test(o.id) &&
      typeof o.seed === 'number' &&
      isSeed(o.seed) &&
      isExamSize(size) &&
      isInstant(o.s) &&
      answers.length > 0 &&
      answers.length <= size &&
      answers.every(isAnswer) &&
      typeof o.c === 'number' &&
      Number.isInteger(o.c) &&
      o.c >= 0 &&
      o.c < answers.length
    ) {
      return {
        id: o.id,
        seed: o.seed,
        size,
        startedAt: o.s,
        current: o.c,
        answers: (answers as [string, number[], 0 | 1][]).map(([cardId, picks, f]) => ({
          cardId,
          picks,
          flagged: f === 1,
        })),
      };
    }
  } catch {
    // Falls through: dropped below.
  }
  forgetRunningExam();
  return null;
}
