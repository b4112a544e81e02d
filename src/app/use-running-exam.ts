import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExamAttempt } from '../domain/exam-score.ts';
import {
  examQuestion,
  finishExam,
  goTo,
  isAnswered,
  isTimeUp,
  pickOption,
  type RunningExam,
  toggleFlag,
} from '../domain/mock-exam.ts';
import { forgetRunningExam, saveRunningExam } from '../store/running-exam.ts';
import { clock, useNow } from './clock.ts';
import { useContent } from './use-content.ts';

/**
 * An exam under way as state: the answers so far (kept in this tab as they change), the
 * counts the screen shows, and the moves on it. Finishing asks first when questions are
 * unanswered or flagged; when the time runs out the exam ends and is scored as it stands.
 * It ends once, whichever way comes first.
 */
export function useRunningExam(start: RunningExam, onFinish: (attempt: ExamAttempt) => void) {
  const { cardById } = useContent();
  const [exam, setExam] = useState(start);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    saveRunningExam(exam);
  }, [exam]);
  const now = useNow(1000);
  const questions = useMemo(
    () => start.answers.map((a) => examQuestion(cardById(a.cardId))),
    [start, cardById],
  );
  const answered = exam.answers.map((a, i) => isAnswered(questions[i] ?? null, a.picks));
  const unanswered = answered.filter((a) => !a).length;
  const flagged = exam.answers.filter((a) => a.flagged).length;
  const total = exam.answers.length;

  const ended = useRef(false);
  const latest = useRef(exam);
  latest.current = exam;
  const end = (endedBy: ExamAttempt['endedBy']) => {
    if (!ended.current) {
      forgetRunningExam();
      onFinish(finishExam(latest.current, cardById, clock.now(), endedBy));
    }
    ended.current = true;
  };
  const timeUp = isTimeUp(exam.startedAt, exam.size, now);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the deadline passing is the trigger.
  useEffect(() => {
    if (timeUp) end('time');
  }, [timeUp]);

  const question = questions[exam.current] ?? null;
  const pick = (index: number) => {
    if (question && index < question.options.length) {
      setExam((e) => pickOption(e, question, index));
    }
  };
  const go = (index: number) => setExam((e) => goTo(e, index));
  const step = (by: number) => setExam((e) => goTo(e, e.current + by));
  const flag = () => setExam(toggleFlag);
  const finish = () => (unanswered > 0 || flagged > 0 ? setConfirming(true) : end('finish'));
  const cancelFinish = () => setConfirming(false);

  return {
    exam,
    now,
    question,
    answered,
    unanswered,
    flagged,
    total,
    confirming,
    pick,
    go,
    step,
    flag,
    finish,
    cancelFinish,
    end,
  };
}
