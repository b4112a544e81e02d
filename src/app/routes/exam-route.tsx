import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useStore } from 'zustand';
import { ExamSaveStatus } from '../../components/exam-save-status.tsx';
import type { ExamAttempt, ExamSize } from '../../domain/exam-score.ts';
import {
  examQuestion,
  isAnswered,
  type RunningExam,
  startExam,
  timeLeftMs,
} from '../../domain/mock-exam.ts';
import {
  attemptsStore,
  keepAttempt,
  listenForAttempts,
  retryUnsaved,
} from '../../store/attempts-store.ts';
import { newEntryId } from '../../store/ids.ts';
import { forgetRunningExam, readRunningExam } from '../../store/running-exam.ts';
import { clock } from '../clock.ts';
import { ExamResult } from '../exam-result.tsx';
import { ExamRunner } from '../exam-runner.tsx';
import { ExamStart, readExamPreset } from '../exam-start.tsx';
import { paths } from '../paths.ts';
import { useContent } from '../use-content.ts';
import { useT } from '../use-t.ts';
// The exam's styles come with its chunk, not with the first page.
import '../styles/exam.css';

/** Whether the attempt is stored; if storage refused it, why, with a way to try again. */
function AttemptSave({ id }: { id: string }) {
  const { t } = useT();
  const unsaved = useStore(attemptsStore, (s) => s.unsaved.some((a) => a.id === id));
  const full = useStore(attemptsStore, (s) => s.failure === 'quota');
  useEffect(listenForAttempts, []);
  return (
    <ExamSaveStatus
      saved={!unsaved}
      full={full}
      progressPath={`${paths.progress}#exam-trend`}
      onRetry={() => retryUnsaved()}
      t={t}
    />
  );
}

type Phase =
  | { readonly kind: 'setup' }
  | { readonly kind: 'running'; readonly exam: RunningExam }
  | { readonly kind: 'done'; readonly attempt: ExamAttempt };

function ExamFlow({ seed, size }: { seed: number | null; size: ExamSize }) {
  const { deck, cardById } = useContent();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  // An exam this tab left under way (its way out, a reload) is offered first.
  const [left, setLeft] = useState(readRunningExam);
  if (phase.kind === 'setup') {
    return (
      <ExamStart
        seed={seed}
        size={size}
        resume={
          left && {
            answered: left.answers.filter((a) =>
              isAnswered(examQuestion(cardById(a.cardId)), a.picks),
            ).length,
            total: left.answers.length,
            leftMs: timeLeftMs(left.startedAt, left.size, clock.now()),
          }
        }
        onResume={() => left && setPhase({ kind: 'running', exam: left })}
        onDiscard={() => {
          forgetRunningExam();
          setLeft(null);
        }}
        onStart={(n, s) =>
          setPhase({ kind: 'running', exam: startExam(deck, n, s, clock.now(), newEntryId()) })
        }
      />
    );
  }
  if (phase.kind === 'running') {
    return (
      <ExamRunner
        start={phase.exam}
        onFinish={(attempt) => {
          // Kept, never rated: a mock exam does not move the schedule.
          keepAttempt(attempt);
          setPhase({ kind: 'done', attempt });
        }}
      />
    );
  }
  return <ExamResult attempt={phase.attempt} save={<AttemptSave id={phase.attempt.id} />} />;
}

/**
 * /exam: a timed mock exam; each visit (and each link to it) starts at the setup, which
 * offers to resume an exam this tab left under way.
 */
export function ExamRoute() {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const preset = readExamPreset(params);
  return <ExamFlow key={key} seed={preset.seed} size={preset.size} />;
}
