import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ExamTrendSection } from '../../components/exam-trend.tsx';
import { ForecastChart } from '../../components/forecast-chart.tsx';
import { Heatmap } from '../../components/heatmap.tsx';
import { MasteryBars } from '../../components/mastery-bars.tsx';
import { StatList } from '../../components/stat-list.tsx';
import { WeakList } from '../../components/weak-list.tsx';
import { API_TYPE_LABEL } from '../../content/api-type-label.ts';
import { API_TYPES } from '../../content/types.ts';
import { examTrend } from '../../domain/exam-score.ts';
import { formatDay, formatNumber, formatPercent } from '../../i18n/format.ts';
import { useNow } from '../clock.ts';
import { paths } from '../paths.ts';
import { useContent } from '../use-content.ts';
import { useExamAttempts } from '../use-exam-attempts.ts';
import { useProgressSummary } from '../use-progress-summary.ts';
import { useT } from '../use-t.ts';

export function ProgressRoute() {
  const { t, lang } = useT();
  const now = useNow(60_000);
  const s = useProgressSummary(now);
  const { cardById, groups } = useContent();
  const day = (at: number) => formatDay(lang, at);
  const exams = useExamAttempts();
  const { hash } = useLocation();
  // A link to a section (the exam result's "see your trend") lands on it.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash]);
  const trend = (
    <ExamTrendSection
      trend={examTrend(exams.attempts)}
      unreadable={exams.unreadable}
      examPath={paths.exam}
      formatDay={day}
      formatNumber={(n) => formatNumber(lang, n)}
      t={t}
    />
  );

  if (s.reviews === 0) {
    return (
      <div className="progress-page">
        <section className="panel" aria-labelledby="progress-title">
          <h1 id="progress-title">{t('progress.title')}</h1>
          <p>{t('progress.empty')}</p>
          <Link className="button primary" to={paths.study}>
            {t('home.start')}
          </Link>
        </section>
        {exams.attempts.length > 0 && trend}
      </div>
    );
  }

  const retention =
    s.retention.rate === null
      ? t('progress.retentionNone')
      : t('progress.retentionValue', {
          rate: formatPercent(lang, s.retention.rate),
          passed: s.retention.passed,
          answered: s.retention.answered,
        });
  const weakItems = s.weak.flatMap((weak) => {
    const card = cardById(weak.cardId);
    return card ? [{ weak, card }] : [];
  });

  return (
    <div className="progress-page">
      <h1>{t('progress.title')}</h1>
      <StatList
        items={[
          { key: 'today', label: t('progress.reviewsToday'), value: formatNumber(lang, s.today) },
          {
            key: 'streak',
            label: t('progress.streak'),
            value: t('progress.days', { count: s.streak }),
          },
          { key: 'retention', label: t('progress.retention'), value: retention },
          {
            key: 'mastered',
            label: t('progress.mastered'),
            value: formatNumber(lang, s.counts.mastered),
          },
        ]}
      />
      <section aria-labelledby="states-title">
        <h2 id="states-title">{t('progress.byState')}</h2>
        <StatList
          className="stat-list compact"
          items={(['new', 'learning', 'review', 'relearning'] as const).map((k) => ({
            key: k,
            label: t(`state.${k}`),
            value: formatNumber(lang, s.counts[k]),
          }))}
        />
      </section>
      {trend}
      <section aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t('progress.heatmap')}</h2>
        <Heatmap days={s.heatmap} lang={lang} t={t} />
      </section>
      <section aria-labelledby="forecast-title">
        <h2 id="forecast-title">{t('progress.forecast')}</h2>
        <ForecastChart days={s.forecast} formatDay={day} t={t} />
      </section>
      <section aria-labelledby="by-type-title">
        <h2 id="by-type-title">{t('progress.byType')}</h2>
        <MasteryBars
          t={t}
          items={API_TYPES.map((type) => ({
            key: type,
            label: API_TYPE_LABEL[type],
            tally: s.byType.get(type) ?? { total: 0, studied: 0, mastered: 0 },
          }))}
        />
        <h2 id="by-group-title">{t('progress.byGroup')}</h2>
        <MasteryBars
          t={t}
          items={groups.flatMap((g) => {
            const tally = s.byGroup.get(g.id);
            return tally ? [{ key: g.id, label: g.name[lang], tally }] : [];
          })}
        />
      </section>
      <section aria-labelledby="weak-title">
        <h2 id="weak-title">{t('progress.weak', { count: weakItems.length })}</h2>
        {weakItems.length === 0 ? (
          <p>{t('weak.none')}</p>
        ) : (
          <>
            <Link className="button primary" to={paths.studyWeak}>
              {t('weak.start', { count: weakItems.length })}
            </Link>
            <WeakList items={weakItems} rowHref={paths.compareRow} lang={lang} t={t} />
          </>
        )}
      </section>
    </div>
  );
}
