import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import {
  type ExamAttempt,
  type ExamSize,
  type RunningExam,
  startExam,
} from '../../domain/mock-exam';
import { clock } from '../clock';
import { ExamResult } from '../exam-result';
import { ExamRunner } from '../exam-runner';
import { ExamStart, readExamPreset } from '../exam-start';
import { useFocusMode } from '../focus-mode';
import { useContent } from '../use-content';
// The exam's styles come with its chunk, not with the first page.
import '../styles/exam.css';

/**
 * Where a finished attempt goes to be kept. Attempts are not stored yet (storage comes
 * next): this is the one place that will hand them to the store. It must never rate a card.
 */
export function keepAttempt(_attempt: ExamAttempt): void {}

type Phase =
  | { readonly kind: 'setup' }
  | { readonly kind: 'running'; readonly exam: RunningExam }
  | { readonly kind: 'done'; readonly attempt: ExamAttempt };

function ExamFlow({ seed, size }: { seed: number | null; size: ExamSize }) {
  const { deck } = useContent();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  // While the exam runs the navigation gives way, as in a study session.
  useFocusMode(phase.kind === 'running');
  if (phase.kind === 'setup') {
    return (
      <ExamStart
        seed={seed}
        size={size}
        onStart={(n, s) => setPhase({ kind: 'running', exam: startExam(deck, n, s, clock.now()) })}
      />
    );
  }
  if (phase.kind === 'running') {
    return (
      <ExamRunner
        start={phase.exam}
        onFinish={(attempt) => {
          keepAttempt(attempt);
          setPhase({ kind: 'done', attempt });
        }}
      />
    );
  }
  return <ExamResult attempt={phase.attempt} />;
}

/** /exam: a timed mock exam; each visit (and each link to it) starts a fresh one. */
export function ExamRoute() {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const preset = readExamPreset(params);
  return <ExamFlow key={key} seed={preset.seed} size={preset.size} />;
}
