import type { DayCount } from '../domain/stats';
import type { Translate } from '../i18n/messages';

interface HeatmapProps {
  days: readonly DayCount[];
  /** Formats a day for its label, e.g. "2026년 3월 10일". */
  formatDay: (start: number) => string;
  t: Translate;
}

const CELL = 12;
const GAP = 3;

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(1, max)) * 4));
}

/** Reviews per day as a calendar grid: a column per week, Sunday at the top. */
export function Heatmap({ days, formatDay, t }: HeatmapProps) {
  const max = days.reduce((m, d) => Math.max(m, d.count), 0);
  const weeks = Math.ceil(days.length / 7);
  const width = weeks * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return (
    <div className="chart-scroll">
      {/* biome-ignore lint/a11y/useSemanticElements: a group of labelled day cells inside an SVG. */}
      <svg
        className="heatmap"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label={t('progress.heatmapLabel', { weeks })}
      >
        {days.map((d, i) => {
          const label = t('progress.heatmapDay', { date: formatDay(d.start), count: d.count });
          return (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: each day is an image with its own label.
            <rect
              key={d.day}
              role="img"
              aria-label={label}
              x={Math.floor(i / 7) * (CELL + GAP)}
              y={(i % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              className={`heat-${level(d.count, max)}`}
            >
              <title>{label}</title>
            </rect>
          );
        })}
      </svg>
    </div>
  );
}
