import { Link } from 'react-router-dom';
import { API_TYPE_LABEL } from '../content/api-type-label';
import { API_TYPES } from '../content/types';
import type { CardState } from '../domain/card-state';
import { examForecast } from '../domain/exam';
import { localDaysBetween, localMorningOf } from '../domain/time';
import { formatPercent } from '../i18n/format';
import type { Lang, Translate } from '../i18n/messages';
import { paths } from './paths';
import { useContent } from './use-content';

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
  const name = (rowId: string) => content.rows.find((r) => r.id === rowId)?.name[lang] ?? rowId;
  return (
    <section className="panel exam" aria-labelledby="exam-title">
      <h2 id="exam-title">{t('exam.title')}</h2>
      <p className="exam-days">{days === 0 ? t('exam.today') : t('exam.daysLeft', { days })}</p>
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
    </section>
  );
}
