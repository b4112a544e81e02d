import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { ExamBreakdown } from '../components/exam-breakdown.tsx';
import { ExamReview, type ReviewItem } from '../components/exam-review.tsx';
import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import { API_TYPES, EXAM_TOPICS } from '../content/types.ts';
import { type ExamAttempt, PASS_SCORE } from '../domain/exam-score.ts';
import {
  breakdownByTopic,
  breakdownByType,
  examQuestion,
  missedCardIds,
} from '../domain/mock-exam.ts';
import { formatDuration } from '../i18n/format.ts';
import { examReplayPath } from './exam-start.tsx';
import { paths } from './paths.ts';
import { useContent } from './use-content.ts';
import { useT } from './use-t.ts';

const isExamTopic = (key: string): key is (typeof EXAM_TOPICS)[number] =>
  (EXAM_TOPICS as readonly string[]).includes(key);
const isApiType = (key: string): key is (typeof API_TYPES)[number] =>
  (API_TYPES as readonly string[]).includes(key);

/**
 * The result: the scaled score against the pass mark (said to be an estimate, and how it
 * is made), right answers by API type and by topic, and each missed question with why,
 * with a session of just those cards.
 */
export function ExamResult({ attempt, save }: { attempt: ExamAttempt; save?: ReactNode }) {
  const { t, lang } = useT();
  const { cardById, groups } = useContent();
  const { score } = attempt;
  const missed = missedCardIds(attempt);
  const items: ReviewItem[] = attempt.questions.flatMap((q, i) => {
    const card = cardById(q.cardId);
    const question = examQuestion(card);
    return !q.right && card && question ? [{ n: i + 1, card, question, picks: q.picks }] : [];
  });
  const topicName = (key: string) =>
    isExamTopic(key)
      ? t(`mock.topic.${key}`)
      : (groups.find((g) => g.id === key)?.name[lang] ?? key);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  return (
    <div className="exam-result">
      <h1 ref={title} tabIndex={-1}>
        {t('mock.resultTitle')}
      </h1>
      <section className={`panel exam-score ${score.passed ? 'pass' : 'fail'}`}>
        <p className="exam-scaled">
          <span className="exam-score-label">{t('mock.scoreLabel')}</span>
          <strong>{t('mock.score', { score: score.scaled })}</strong>
        </p>
        <p className="exam-verdict">
          {score.passed
            ? `✓ ${t('mock.pass', { pass: PASS_SCORE })}`
            : `✗ ${t('mock.fail', { pass: PASS_SCORE })}`}
        </p>
        <p>
          {t('mock.right', { right: score.right, total: score.total })} ·{' '}
          {t('mock.timeTaken', {
            time: formatDuration(lang, attempt.finishedAt - attempt.startedAt),
          })}
        </p>
        {attempt.endedBy === 'time' && <p className="notice">{t('mock.timeUp')}</p>}
        <p className="muted">{t('mock.scoreNote')}</p>
        {save}
        {missed.length > 0 && (
          <Link className="button primary" to={paths.studyCards(missed)}>
            {t('mock.studyMissed', { count: missed.length })}
          </Link>
        )}
      </section>
      <ExamBreakdown
        id="exam-by-type"
        title={t('mock.byType')}
        rows={breakdownByType(attempt, cardById).map((r) => ({
          ...r,
          label: isApiType(r.key) ? API_TYPE_LABEL[r.key] : r.key,
        }))}
        lang={lang}
        t={t}
      />
      <ExamBreakdown
        id="exam-by-topic"
        title={t('mock.byTopic')}
        rows={breakdownByTopic(attempt, cardById).map((r) => ({ ...r, label: topicName(r.key) }))}
        lang={lang}
        t={t}
      />
      <section aria-labelledby="exam-missed">
        <h2 id="exam-missed">{t('mock.missed', { count: missed.length })}</h2>
        {items.length === 0 ? (
          <p>{t('mock.missedNone')}</p>
        ) : (
          <ExamReview items={items} total={score.total} lang={lang} t={t} />
        )}
      </section>
      <div className="actions exam-again">
        <Link className="button" to={paths.exam}>
          {t('mock.again')}
        </Link>
        <Link className="button secondary" to={examReplayPath(attempt.seed, attempt.size)}>
          {t('mock.replay', { seed: attempt.seed })}
        </Link>
      </div>
    </div>
  );
}
