import { Link } from 'react-router-dom';
import { type ExamTrend, MAX_SCORE, MIN_SCORE, PASS_SCORE } from '../domain/exam-score.ts';
import type { Translate } from '../i18n/messages.ts';
import { StatList } from './stat-list.tsx';

interface ExamTrendProps {
  readonly trend: ExamTrend | null;
  /** Stored attempts that could not be read. */
  readonly unreadable: number;
  readonly examPath: string;
  readonly formatDay: (at: number) => string;
  readonly formatNumber: (n: number) => string;
  readonly t: Translate;
}

const SLOT = 24;
const HEIGHT = 100;
const y = (score: number) =>
  Math.round(HEIGHT - ((score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * HEIGHT);

/** Mock-exam scores over time against the pass mark: a line, the figures, and a table. */
export function ExamTrendSection(props: ExamTrendProps) {
  const { trend, unreadable, examPath, formatDay, formatNumber, t } = props;
  return (
    <section aria-labelledby="exam-trend" className="exam-trend">
      <h2 id="exam-trend" tabIndex={-1}>
        {t('trend.title')}
      </h2>
      {unreadable > 0 && (
        <p className="warning-text">{t('trend.unreadable', { count: unreadable })}</p>
      )}
      {trend === null ? (
        <p>{t('trend.none')}</p>
      ) : (
        <TrendFigure {...props} trend={trend} formatNumber={formatNumber} formatDay={formatDay} />
      )}
      <Link className="button small secondary" to={examPath}>
        {t('mock.link')}
      </Link>
    </section>
  );
}

function TrendFigure({ trend, formatDay, formatNumber, t }: ExamTrendProps & { trend: ExamTrend }) {
  const { points } = trend;
  const width = Math.max(points.length, 2) * SLOT;
  const x = (i: number) => i * SLOT + SLOT / 2;
  return (
    <>
      <StatList
        className="stat-list compact"
        items={[
          { key: 'last', label: t('trend.last'), value: formatNumber(trend.last) },
          { key: 'recent', label: t('trend.recent'), value: formatNumber(trend.recent) },
          { key: 'best', label: t('trend.best'), value: formatNumber(trend.best) },
          {
            key: 'passes',
            label: t('trend.passes', { pass: PASS_SCORE }),
            value: t('trend.passCount', { passes: trend.passes, count: trend.count }),
          },
        ]}
      />
      <figure className="trend-chart">
        <svg
          viewBox={`0 0 ${width} ${HEIGHT + 4}`}
          width="100%"
          role="img"
          aria-label={t('trend.label', {
            count: points.length,
            first: points[0]?.scaled ?? 0,
            last: trend.last,
            pass: PASS_SCORE,
          })}
          preserveAspectRatio="xMinYMid meet"
        >
          <line x1={0} x2={width} y1={y(PASS_SCORE)} y2={y(PASS_SCORE)} className="pass-line" />
          <polyline
            points={points.map((p, i) => `${x(i)},${y(p.scaled) + 2}`).join(' ')}
            className="trend-line"
          />
          {points.map((p, i) => (
            <circle
              key={p.id}
              cx={x(i)}
              cy={y(p.scaled) + 2}
              r={4}
              className={p.passed ? 'pass' : 'fail'}
            />
          ))}
        </svg>
        <details>
          <summary>{t('progress.asTable')}</summary>
          <table className="data-table" aria-label={t('trend.title')}>
            <thead>
              <tr>
                <th scope="col">{t('progress.date')}</th>
                <th scope="col">{t('trend.questions')}</th>
                <th scope="col">{t('trend.score')}</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.id}>
                  <th scope="row">{formatDay(p.at)}</th>
                  <td>{p.size}</td>
                  <td>
                    {formatNumber(p.scaled)} {p.passed ? '✓' : '✗'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </>
  );
}
