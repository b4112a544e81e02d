import type { DayCount } from '../domain/stats.ts';
import type { Translate } from '../i18n/messages.ts';

interface ForecastChartProps {
  days: readonly DayCount[];
  formatDay: (start: number) => string;
  t: Translate;
}

const SLOT = 24;
const BAR = 18;
const HEIGHT = 100;

/**
 * Where a bar's label goes: centred under its bar, except the first, "Today", which is
 * wider than a bar; centred on it, it ran past the chart's left edge and was cut to "oday"
 * (issue #13). It starts at the left edge instead, and every bar sits in the middle of its
 * slot so the neighbouring date label keeps clear of it.
 */
function barLabelPosition(index: number): { x: number; anchor: 'start' | 'middle' } {
  return index === 0 ? { x: 0, anchor: 'start' } : { x: index * SLOT + SLOT / 2, anchor: 'middle' };
}

/** Cards due per day for the coming days: bars, with the same numbers as a table. */
export function ForecastChart({ days, formatDay, t }: ForecastChartProps) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = days.length * SLOT;
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
          const label = barLabelPosition(i);
          return (
            <g key={d.day}>
              <rect
                x={i * SLOT + (SLOT - BAR) / 2}
                y={HEIGHT - h}
                width={BAR}
                height={Math.max(h, d.count > 0 ? 2 : 0)}
                rx={3}
                className="bar"
              />
              <text x={label.x} y={HEIGHT + 13} textAnchor={label.anchor} className="bar-label">
                {i === 0 ? t('progress.todayShort') : new Date(d.start).getDate()}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('progress.asTable')}</summary>
        <table className="data-table" aria-label={t('progress.forecast')}>
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
