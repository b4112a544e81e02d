import { Link } from 'react-router-dom';
import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import { DECK_ORDER } from '../content/deck-order.ts';
import { API_TYPES } from '../content/types.ts';
import type { CardState } from '../domain/card-state.ts';
import { PHASE } from '../domain/card-state.ts';
import { examForecast } from '../domain/exam.ts';
import { EXAM_LEAD_DAYS, examPlan } from '../domain/queue.ts';
import { localDaysBetween, localMorningOf } from '../domain/time.ts';
import { formatPercent } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { useAppStore } from '../store/store-context.tsx';
import { paths } from './paths.ts';
import { useContent } from './use-content.ts';
import { useTodayQueue } from './use-session-queue.ts';

interface ExamPanelProps {
  examDate: string;
  dayStart: number;
  cards: Readonly<Record<string, CardState>>;
  now: number;
  lang: Lang;
  t: Translate;
}

/** Days to the exam, predicted recall on that day, and the three weakest rows then. */
export function ExamPanel({ examDate, dayStart, cards, now, lang, t }: ExamPanelProps) {
  const content = useContent();
  const queue = useTodayQueue(now);
  const paced = useAppStore((s) => s.settings.examPace);
  const examAt = localMorningOf(examDate);
  if (examAt === null) return null;
  const days = localDaysBetween(now, examAt, dayStart);
  if (days < 0) {
    return (
      <section className="panel" aria-labelledby="exam-title">
        <h2 id="exam-title">{t('exam.title')}</h2>
        <p>{t('exam.past')}</p>
      </section>
    );
  }
  const forecast = examForecast({
    cards,
    byType: content.byType,
    rows: content.rows.map((r) => ({ rowId: r.id, cardIds: content.cardIdsForRow(r.id) })),
    examAt,
  });
  const weakest = forecast.weakestRows.slice(0, 3);
  const unseen = DECK_ORDER.filter((id) => (cards[id]?.state ?? PHASE.new) === PHASE.new).length;
  const paceDays = examPlan(examDate, now, dayStart)?.paceDays ?? null;
  const name = (rowId: string) => content.rows.find((r) => r.id === rowId)?.name[lang] ?? rowId;
  return (
    <section className="panel exam" aria-labelledby="exam-title">
      <h2 id="exam-title">{t('exam.title')}</h2>
      <p className="exam-days">{days === 0 ? t('exam.today') : t('exam.daysLeft', { days })}</p>
      <ExamPlan unseen={unseen} paceDays={paceDays} paced={paced} newLimit={queue.newLimit} t={t} />
      <p>{t('exam.deck', { recall: formatPercent(lang, forecast.deck) })}</p>
      <ul>
        {API_TYPES.map((type) => (
          <li key={type}>
            {API_TYPE_LABEL[type]}: {formatPercent(lang, forecast.byKey.get(type) ?? 0)}
          </li>
        ))}
      </ul>
      {weakest.length > 0 && (
        <>
          <p>{t('exam.weakest')}</p>
          <ol>
            {weakest.map((w) => (
              <li key={w.rowId}>
                {name(w.rowId)} ({formatPercent(lang, w.recall)})
              </li>
            ))}
          </ol>
          <Link className="button" to={paths.studyRows(weakest.map((w) => w.rowId))}>
            {t('exam.studyWeakest')}
          </Link>
        </>
      )}
      {forecast.unstudiedRows.length > 0 && (
        <p>{t('exam.unstudied', { count: forecast.unstudiedRows.length })}</p>
      )}
      <p>
        <Link className="button secondary" to={paths.exam}>
          {t('mock.link')}
        </Link>
      </p>
    </section>
  );
}

interface ExamPlanProps {
  unseen: number;
  /** Days left to introduce new cards, or null in the final days. */
  paceDays: number | null;
  /** Whether today's new-card limit follows the plan (a setting). */
  paced: boolean;
  /** Today's new-card limit as the queue applies it. */
  newLimit: number;
  t: Translate;
}

/** The plan: new cards a day to have seen every card before the final days, or those days. */
function ExamPlan({ unseen, paceDays, paced, newLimit, t }: ExamPlanProps) {
  const lead = EXAM_LEAD_DAYS;
  if (unseen === 0) return <p className="exam-plan">{t('exam.plan.allSeen')}</p>;
  if (paceDays === null) return <p className="exam-plan">{t('exam.plan.final', { lead })}</p>;
  return (
    <p className="exam-plan">
      {paced
        ? t('exam.plan.paced', { unseen, lead, count: newLimit })
        : t('exam.plan.off', { unseen, lead, count: Math.ceil(unseen / paceDays) })}
    </p>
  );
}
