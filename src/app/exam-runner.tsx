import { useEffect, useRef } from 'react';
import { ExamActions } from '../components/exam-actions.tsx';
import { ExamFinishDialog } from '../components/exam-finish-dialog.tsx';
import { ExamNavigator } from '../components/exam-navigator.tsx';
import { ExamTimer } from '../components/exam-timer.tsx';
import { QuizChoices } from '../components/quiz-choices.tsx';
import type { ExamAttempt } from '../domain/exam-score.ts';
import { type RunningExam, timeLeftMs } from '../domain/mock-exam.ts';
import { useExamKeys } from './exam-keys.tsx';
import { useFocusMode } from './focus-mode.ts';
import { useContent } from './use-content.ts';
import { useRunningExam } from './use-running-exam.ts';
import { useT } from './use-t.ts';

interface ExamRunnerProps {
  start: RunningExam;
  onFinish: (attempt: ExamAttempt) => void;
}

/**
 * An exam under way: one question at a time with no feedback, the countdown, the
 * navigator, and finishing (asked first when questions are unanswered or flagged). When
 * the time runs out the exam ends and is scored as it stands (useRunningExam keeps it).
 */
export function ExamRunner({ start, onFinish }: ExamRunnerProps) {
  const { t, lang } = useT();
  const { cardById } = useContent();
  // While the exam runs the navigation gives way, as in a study session. Its way out
  // leaves the exam as it stands: this tab keeps it, and /exam offers to resume it.
  useFocusMode(true);
  const run = useRunningExam(start, onFinish);
  const { exam, now, question, answered, unanswered, flagged, total, confirming } = run;
  const { pick, go, step, flag, finish, cancelFinish, end } = run;
  useExamKeys({
    active: !confirming,
    onPick: pick,
    onNext: () => step(1),
    onPrev: () => step(-1),
    onFlag: flag,
  });

  // Each question takes focus as it shows, so it is read from its start.
  const questionRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new question is the trigger.
  useEffect(() => {
    questionRef.current?.focus();
  }, [exam.current]);

  const answer = exam.answers[exam.current];
  const card = answer ? cardById(answer.cardId) : undefined;
  const n = exam.current + 1;
  return (
    <div className="exam">
      <h1 className="visually-hidden">{t('mock.title')}</h1>
      <div className="exam-status">
        <p>{t('mock.questionOf', { n, total })}</p>
        <p>{t('mock.answeredCount', { count: total - unanswered, total })}</p>
        <ExamTimer leftMs={timeLeftMs(exam.startedAt, exam.size, now)} t={t} />
      </div>
      <div ref={questionRef} tabIndex={-1} className="focus-anchor exam-question">
        <article className="card" aria-labelledby="exam-question">
          <p className="card-meta">
            <span className="visually-hidden">{t('mock.questionOf', { n, total })}</span>
            {answer?.flagged && <span className="badge">⚑ {t('mock.flaggedTag')}</span>}
          </p>
          <h2 id="exam-question" className="card-question">
            {card?.question[lang]}
          </h2>
        </article>
      </div>
      {question && answer && (
        <QuizChoices
          key={exam.current}
          question={question}
          picks={answer.picks}
          revealed={false}
          onPick={pick}
          lang={lang}
          t={t}
        />
      )}
      <ExamNavigator
        items={exam.answers.map((a, i) => ({ answered: answered[i] === true, flagged: a.flagged }))}
        current={exam.current}
        onGo={go}
        t={t}
      />
      <ExamActions
        first={n === 1}
        last={n === total}
        flagged={answer?.flagged ?? false}
        onPrev={() => step(-1)}
        onFlag={flag}
        onNext={() => step(1)}
        onFinish={finish}
        t={t}
      />
      {confirming && (
        <ExamFinishDialog
          unanswered={unanswered}
          flagged={flagged}
          onFinish={() => end('finish')}
          onBack={cancelFinish}
          t={t}
        />
      )}
    </div>
  );
}
