import type { DayCount } from '../domain/stats';
import type { Translate } from '../i18n/messages';

interface ForecastChartProps {
  days: readonly DayCount[];
  formatDay: (start: number) => string;
  t: Translate;
}

const BAR = 18;
const GAP = 6;
const HEIGHT = 100;

/** Cards due per day for the coming days: bars, with the same numbers as a table. */
export function ForecastChart({ days, formatDay, t }: ForecastChartProps) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = days.length * (BAR + GAP);
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <figure className="forecast">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
        width="100%"
        role="img"
        aria-label={t('progress.forecastLabel', { days: days.length, total })}
        preserveAspectRatio="xMinYMax meet"
      >
        {days.map((d, i) => {
          const h = Math.round((d.count / max) * HEIGHT);
          return (
            <g key={d.day}>
              <rect
                x={i * (BAR + GAP)}
                y={HEIGHT - h}
                width={BAR}
                height={Math.max(h, d.count > 0 ? 2 : 0)}
                rx={3}
                className="bar"
              />
              <text
                x={i * (BAR + GAP) + BAR / 2}
                y={HEIGHT + 13}
                textAnchor="middle"
                className="bar-label"
              >
                {i === 0 ? t('progress.todayShort') : new Date(d.start).getDate()}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('progress.asTable')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.date')}</th>
              <th scope="col">{t('progress.dueCards')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.start)}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
