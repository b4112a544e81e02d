import { type ReactNode, type RefObject, useRef } from 'react';
import { CardFace } from '../components/card-face';
import { QuizChoices, quizVerdict } from '../components/quiz-choices';
import { RatingButtons } from '../components/rating-buttons';
import { StudyCounts } from '../components/study-counts';
import type { StudyCard } from '../content/deck-builder';
import type { Grade } from '../domain/card-state';
import { type QuizChoice, suggestedGrade } from '../domain/quiz';
import type { Lang, Translate } from '../i18n/messages';
import type { StudySession } from './use-study-session';

interface StudyCardScreenProps {
  session: StudySession;
  card: StudyCard;
  title: string;
  intro?: ReactNode;
  /** Quiz mode's right choice for this card, or null when it has no choices. */
  answer: QuizChoice | null;
  picked: QuizChoice | null;
  onPick: (choice: QuizChoice, pointer: boolean) => void;
  onRate: (rating: Grade) => void;
  answerRef: RefObject<HTMLElement | null>;
  questionRef: RefObject<HTMLDivElement | null>;
  lang: Lang;
  t: Translate;
}

/**
 * One card: the counts left and the session's progress, the question (and answer), the
 * quiz choices, and the controls. The controls sit in one place from card to card, at the
 * bottom of the screen (see `.study-actions`), whatever the card above them holds.
 */
export function StudyCardScreen({
  session,
  card,
  title,
  intro,
  answer,
  picked,
  onPick,
  onRate,
  answerRef,
  questionRef,
  lang,
  t,
}: StudyCardScreenProps) {
  const { queue, revealed } = session;
  const left = queue.learning.length + queue.review.length + queue.fresh.length;
  // A card coming back from a learning step adds to what is left: the bar holds still
  // then, and never runs backwards.
  const done = useRef(0);
  done.current = Math.max(done.current, session.answered / (session.answered + left));

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
          max={1}
          value={done.current}
        />
      </div>
      <div className="study-body">
        <div ref={questionRef} tabIndex={-1} className="focus-anchor">
          {session.practice && <p className="practice-tag">{t('study.practiceTag')}</p>}
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
          <QuizChoices answer={answer} pick={picked} revealed={revealed} onPick={onPick} t={t} />
        )}
      </div>
      <div className="study-actions">
        {revealed ? (
          <RatingButtons
            options={session.options}
            onRate={onRate}
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
        <button
          type="button"
          className="secondary undo"
          onClick={session.undo}
          disabled={!session.canUndo}
          aria-keyshortcuts="U Control+Z"
          title={t('study.undoHint')}
        >
          {t('study.undo')}
        </button>
      </div>
    </div>
  );
}
