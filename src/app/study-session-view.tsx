import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { CardFace } from '../components/card-face';
import { QuizChoices, quizVerdict } from '../components/quiz-choices';
import { RatingButtons } from '../components/rating-buttons';
import { SessionEnd } from '../components/session-end';
import { StudyCounts } from '../components/study-counts';
import { useT } from '../components/use-t';
import type { Grade } from '../domain/card-state';
import { QUIZ_CHOICES, type QuizChoice, quizAnswer, suggestedGrade } from '../domain/quiz';
import { formatDuration, formatRelative } from '../i18n/format';
import { useAppStore } from '../store/store-context';
import { paths } from './paths';
import type { SessionSource } from './use-session-queue';
import { useStudyKeys } from './use-study-keys';
import { useStudySession } from './use-study-session';

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
}

/** The study screen shared by /study, /study?row= and /study/weak. */
export function StudySessionView({
  source,
  title,
  doneTitle,
  emptyTitle,
  intro,
}: StudySessionViewProps) {
  const { t, lang } = useT();
  const session = useStudySession(lang, source);
  const { card, revealed, queue, now } = session;
  // "Go over the missed ones again": a new session of this session's Again cards.
  const [retry, setRetry] = useState<readonly string[] | null>(null);
  const answerRef = useRef<HTMLElement>(null);
  const questionFocus = useRef<HTMLDivElement>(null);

  // Quiz mode: the right choice for this card (null: no choices), and the learner's pick.
  const quizOn = useAppStore((s) => s.settings.quiz);
  const answer = quizOn && card ? quizAnswer(card.answerTypes) : null;
  const [pick, setPick] = useState<{ cardId: string; choice: QuizChoice } | null>(null);
  const picked = answer && pick && pick.cardId === card?.id ? pick.choice : null;
  const choose = (choice: QuizChoice) => {
    if (card && !revealed) setPick({ cardId: card.id, choice });
  };
  const rate = (rating: Grade) => {
    setPick(null);
    session.rate(rating);
  };

  useStudyKeys({
    active: true,
    revealed,
    onReveal: session.reveal,
    onRate: rate,
    onUndo: session.undo,
    onPick: answer ? (index) => choose(QUIZ_CHOICES[index] as QuizChoice) : undefined,
  });

  // Move focus with the card: to the answer on reveal, to the new question after rating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new card id is the trigger.
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
    else questionFocus.current?.focus();
  }, [revealed, card?.id]);

  const undoButton = (
    <button
      type="button"
      className="secondary"
      onClick={session.undo}
      disabled={!session.canUndo}
      aria-keyshortcuts="U Control+Z"
      title={t('study.undoHint')}
    >
      {t('study.undo')}
    </button>
  );

  if (retry) {
    return (
      <StudySessionView
        key={retry.join('\n')}
        source={{ kind: 'cards', ids: retry }}
        title={t('study.missed.title')}
        doneTitle={t('study.missed.done')}
        emptyTitle={t('study.missed.done')}
        intro={<p className="session-intro">{t('study.missed.intro', { count: retry.length })}</p>}
      />
    );
  }

  if (!card) {
    const waitingFor = queue.nextLearningDue;
    if (waitingFor !== null) {
      return (
        <SessionEnd
          title={t('study.waiting.title')}
          lines={[t('study.waiting.body', { when: formatRelative(lang, waitingFor - now) })]}
        >
          <div className="actions">{undoButton}</div>
        </SessionEnd>
      );
    }
    const next =
      queue.nextDue === null
        ? t('study.done.noneScheduled')
        : t('study.done.nextDue', { when: formatRelative(lang, queue.nextDue - now) });
    return (
      <SessionEnd
        title={session.answered > 0 ? doneTitle : emptyTitle}
        lines={
          session.answered > 0
            ? [
                t('study.done.answered', { count: session.answered }),
                t('study.done.again', { count: session.missed.length }),
                t('study.done.time', { time: formatDuration(lang, session.spentMs) }),
                next,
              ]
            : [t('study.done.answered', { count: 0 }), next]
        }
      >
        <div className="actions">
          {session.missed.length > 0 && (
            <button type="button" className="primary" onClick={() => setRetry(session.missed)}>
              {t('study.done.retryMissed', { count: session.missed.length })}
            </button>
          )}
          <Link className={session.missed.length > 0 ? 'button' : 'button primary'} to={paths.home}>
            {t('study.done.home')}
          </Link>
          {undoButton}
        </div>
      </SessionEnd>
    );
  }

  const left = queue.learning.length + queue.review.length + queue.fresh.length;
  return (
    <div className="study">
      <h1 className="visually-hidden">{title}</h1>
      {intro}
      <div className="study-top">
        <StudyCounts
          fresh={queue.fresh.length}
          learning={queue.learning.length}
          review={queue.review.length}
          t={t}
        />
        <progress
          className="session-progress"
          aria-label={t('study.progressLabel')}
          max={session.answered + left}
          value={session.answered}
        />
      </div>
      <div ref={questionFocus} tabIndex={-1} className="focus-anchor">
        <CardFace
          card={card}
          lang={lang}
          revealed={revealed}
          t={t}
          answerRef={answerRef}
          verdict={
            answer && picked
              ? { right: picked === answer, text: quizVerdict(picked, answer, t) }
              : null
          }
        />
      </div>
      {answer && (
        <QuizChoices answer={answer} pick={picked} revealed={revealed} onPick={choose} t={t} />
      )}
      <div className="study-actions">
        {revealed ? (
          <RatingButtons
            options={session.options}
            onRate={rate}
            suggested={answer && picked ? suggestedGrade(picked, answer) : null}
            t={t}
          />
        ) : (
          <button type="button" className="primary reveal" onClick={session.reveal}>
            {t('study.reveal')}
            <span className="kbd" aria-hidden="true">
              {t('study.revealHint')}
            </span>
          </button>
        )}
        <div className="study-secondary">{undoButton}</div>
      </div>
    </div>
  );
}
