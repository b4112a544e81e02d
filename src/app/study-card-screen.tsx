import { type ReactNode, type RefObject, useRef } from 'react';
import { CardFace } from '../components/card-face.tsx';
import { QuizChoices, quizVerdict } from '../components/quiz-choices.tsx';
import { RatingButtons } from '../components/rating-buttons.tsx';
import { StudyCounts } from '../components/study-counts.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import type { StudyCard } from '../content/deck-builder.ts';
import type { Grade } from '../domain/card-state.ts';
import { queueSize } from '../domain/queue.ts';
import { type ChoiceQuestion, isRight, suggestedGrade } from '../domain/quiz.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import type { StudySession } from './use-study-session.ts';

interface StudyCardScreenProps {
  session: StudySession;
  card: StudyCard;
  title: string;
  intro?: ReactNode;
  /** The card's choices, or null when it is answered from memory alone. */
  question: ChoiceQuestion | null;
  picks: readonly number[];
  onPick: (index: number, pointer: boolean) => void;
  onRate: (rating: Grade) => void;
  /** The rating just given (the card before this one), for a brief flash in its colour. */
  rated: Grade | null;
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
  question,
  picks,
  onPick,
  onRate,
  rated,
  answerRef,
  questionRef,
  lang,
  t,
}: StudyCardScreenProps) {
  const { queue, revealed } = session;
  const left = queueSize(queue);
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
      {/* A new body for each card: it enters with a short animation (none if reduced motion). */}
      <div className="study-body" key={session.answered} data-rated={rated ?? undefined}>
        <div ref={questionRef} tabIndex={-1} className="focus-anchor">
          {session.practice && <p className="practice-tag">{t('study.practiceTag')}</p>}
          <CardFace
            card={card}
            lang={lang}
            revealed={revealed}
            t={t}
            answerRef={answerRef}
            verdict={
              question && picks.length > 0
                ? { right: isRight(question, picks), text: quizVerdict(question, picks, lang, t) }
                : null
            }
          />
        </div>
        {question && (
          <QuizChoices
            question={question}
            picks={picks}
            revealed={revealed}
            onPick={onPick}
            lang={lang}
            t={t}
          />
        )}
      </div>
      <div className="study-actions">
        {revealed ? (
          <RatingButtons
            options={session.options}
            onRate={onRate}
            suggested={question && picks.length > 0 ? suggestedGrade(question, picks) : null}
            t={t}
          />
        ) : (
          <button type="button" className="primary reveal" onClick={session.reveal}>
            {t('study.reveal')}
            <span className="kbd key-hint" aria-hidden="true">
              {t('study.revealHint')}
            </span>
          </button>
        )}
        <UndoButton
          onUndo={session.undo}
          canUndo={session.canUndo}
          className="secondary undo"
          t={t}
        />
      </div>
    </div>
  );
}
