import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Grade } from '../domain/card-state.ts';
import { choiceQuestion, togglePick } from '../domain/quiz.ts';
import { useAppStore } from '../store/store-context.tsx';
import { useFocusMode } from './focus-mode.ts';
import { SessionDone } from './session-done.tsx';
import { StudyCardScreen } from './study-card-screen.tsx';
import type { SessionSource } from './use-session-queue.ts';
import { useStudyKeys } from './use-study-keys.ts';
import { useStudySession } from './use-study-session.ts';
import { useT } from './use-t.ts';

interface StudySessionViewProps {
  source: SessionSource;
  /** Page heading (visually hidden while a card shows). */
  title: string;
  /** Heading of the end screen when cards were answered. */
  doneTitle: string;
  /** Heading of the end screen when there was nothing to study. */
  emptyTitle: string;
  /** Shown above the card, e.g. which row is being studied. */
  intro?: ReactNode;
  /** Whether this session's keys are live (a finished session under a retry's is not). */
  active?: boolean;
}

/** The study screen shared by /study (and its custom sessions) and /study/weak. */
export function StudySessionView({
  source,
  title,
  doneTitle,
  emptyTitle,
  intro,
  active = true,
}: StudySessionViewProps) {
  const { t, lang } = useT();
  const session = useStudySession(lang, source);
  const { card, revealed } = session;
  // "Go over the missed ones again": a new session of this session's missed cards.
  const [retry, setRetry] = useState<readonly string[] | null>(null);
  const answerRef = useRef<HTMLElement>(null);
  const questionFocus = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  // The card's choices (a scenario's options; the API types in quiz mode), and the picks.
  const quizOn = useAppStore((s) => s.settings.quiz);
  const question = card ? choiceQuestion(card, quizOn) : null;
  const [pick, setPick] = useState<{ cardId: string; picks: readonly number[] } | null>(null);
  const picks = question && pick && pick.cardId === card?.id ? pick.picks : [];
  const choose = (index: number, pointer = false) => {
    if (!card || !question || revealed || index >= question.options.length) return;
    setPick({ cardId: card.id, picks: togglePick(question, picks, index) });
    // A choice clicked keeps no focus, so Space and Enter go on to reveal and rate.
    if (pointer) questionFocus.current?.focus();
  };
  // The last rating, for the next card's brief flash in its colour.
  const [rated, setRated] = useState<Grade | null>(null);
  const rate = (rating: Grade) => {
    setPick(null);
    setRated(rating);
    session.rate(rating);
  };

  useFocusMode(card !== undefined);

  useStudyKeys({
    active: active && retry === null,
    revealed,
    onReveal: session.reveal,
    onRate: rate,
    onUndo: session.undo,
    onPick: question ? (index) => choose(index) : undefined,
  });

  // Focus moves with the card: to the answer on reveal, to the new question after rating,
  // to the end screen's heading after the last card.
  const hasCard = card !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new card id is the trigger.
  useEffect(() => {
    if (retry) return;
    if (!hasCard) {
      if (session.answered > 0) doneHeading.current?.focus();
    } else if (revealed) answerRef.current?.focus();
    else questionFocus.current?.focus();
  }, [revealed, card?.id, hasCard, retry]);

  if (retry) {
    return (
      <StudySessionView
        key={retry.join('\n')}
        source={{ kind: 'cards', ids: retry }}
        title={t('study.missed.title')}
        doneTitle={t('study.missed.done')}
        emptyTitle={t('study.missed.done')}
        intro={<p className="session-intro">{t('study.missed.intro', { count: retry.length })}</p>}
        active={active}
      />
    );
  }

  if (!card) {
    return (
      <SessionDone
        session={session}
        title={session.answered > 0 ? doneTitle : emptyTitle}
        headingRef={doneHeading}
        studyMore={source.kind === 'today'}
        onRetry={setRetry}
        lang={lang}
        t={t}
      />
    );
  }

  return (
    <StudyCardScreen
      session={session}
      card={card}
      title={title}
      intro={intro}
      question={question}
      picks={picks}
      onPick={choose}
      onRate={rate}
      rated={rated}
      answerRef={answerRef}
      questionRef={questionFocus}
      lang={lang}
      t={t}
    />
  );
}
