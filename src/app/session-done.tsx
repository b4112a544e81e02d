import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { SessionSummaryView } from '../components/session-summary.tsx';
import { UndoButton } from '../components/undo-button.tsx';
import { formatRelative } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { paths } from './paths.ts';
import { StudyMore } from './study-more.tsx';
import { useContent } from './use-content.ts';
import type { StudySession } from './use-study-session.ts';

interface SessionDoneProps {
  session: StudySession;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Offer more study (today's queue only; a custom session ends where it ends). */
  studyMore: boolean;
  onRetry: (cardIds: readonly string[]) => void;
  lang: Lang;
  t: Translate;
}

/**
 * No card to show now: either a learning card comes back later today (past the learn-ahead
 * limit), or the session is over, with its summary, when the next card is due, and what
 * else there is to study.
 */
export function SessionDone({
  session,
  title,
  headingRef,
  studyMore,
  onRetry,
  lang,
  t,
}: SessionDoneProps) {
  const { cardById } = useContent();
  const { queue, now, summary } = session;
  const undo = <UndoButton onUndo={session.undo} canUndo={session.canUndo} t={t} />;
  const waiting = queue.nextLearningDue;
  const next =
    waiting !== null
      ? t('study.waiting.body', { when: formatRelative(lang, waiting - now) })
      : queue.nextDue === null
        ? t('study.done.noneScheduled')
        : t('study.done.nextDue', { when: formatRelative(lang, queue.nextDue - now) });
  const missed = summary.missed;

  return (
    <>
      <section className="panel session-end" aria-labelledby="session-end-title">
        <h2 id="session-end-title" ref={headingRef} tabIndex={-1}>
          {waiting !== null ? t('study.waiting.title') : title}
        </h2>
        {summary.answers > 0 && (
          <SessionSummaryView
            summary={summary}
            questionOf={(id) => cardById(id)?.question[lang] ?? id}
            lang={lang}
            t={t}
          />
        )}
        <p>{next}</p>
        <div className="actions">
          {waiting === null && missed.length > 0 && (
            <button type="button" className="primary" onClick={() => onRetry(missed)}>
              {t('study.done.retryMissed', { count: missed.length })}
            </button>
          )}
          <Link
            className={waiting === null && missed.length > 0 ? 'button' : 'button primary'}
            to={paths.home}
          >
            {t('study.done.home')}
          </Link>
          {undo}
        </div>
      </section>
      {studyMore && waiting === null && <StudyMore now={now} />}
    </>
  );
}
