import type { DayCount } from '../domain/stats.ts';
import { formatDay } from '../i18n/format.ts';
import { formatMonthShort, formatWeekdayShort } from '../i18n/format-chart.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

const CELL = 12;
const GAP = 3;
const PITCH = CELL + GAP;
/** Room above the cells for the month labels. */
const TOP = 18;
/** Room right of the last column, so a month label that starts there is not cut off. */
const LABEL_ROOM = 18;
const WEEKDAYS_WIDTH = 30;
const HEIGHT = TOP + 7 * PITCH - GAP;

/** 0 for no reviews, then 1-4 in quarters of the busiest day. */
function heatLevel(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(1, max)) * 4));
}

export interface MonthLabel {
  readonly week: number;
  readonly text: string;
}

/**
 * A label over each week column whose Sunday starts a new month. The first column's month
 * is left unlabelled when the next month begins within three weeks: the two would overlap.
 */
function monthLabels(days: readonly DayCount[], lang: Lang): MonthLabel[] {
  const labels: MonthLabel[] = [];
  let previous = -1;
  for (let week = 0; week * 7 < days.length; week++) {
    const sunday = days[week * 7] as DayCount;
    const month = new Date(sunday.start).getMonth();
    if (month !== previous) labels.push({ week, text: formatMonthShort(lang, sunday.start) });
    previous = month;
  }
  const [first, second] = labels;
  if (first && second && second.week - first.week < 3) labels.shift();
  return labels;
}

interface HeatmapGridProps {
  days: readonly DayCount[];
  /** What the whole picture says, for assistive technology (the cells are hidden from it). */
  label: string;
  lang: Lang;
  t: Translate;
}

/** The cells, a column per week (Sunday at the top), with month names above. */
export function HeatmapGrid({ days, label, lang, t }: HeatmapGridProps) {
  const max = days.reduce((m, d) => Math.max(m, d.count), 0);
  const weeks = Math.ceil(days.length / 7);
  const width = weeks * PITCH - GAP + LABEL_ROOM;
  const last = days.length - 1;
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      {/* One image for assistive technology; the table below lists the days. The titles
          are tooltips for the mouse. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group cannot take focus. */}
      <g aria-hidden="true">
        {monthLabels(days, lang).map((m) => (
          <text key={m.week} x={m.week * PITCH} y={TOP - 6} className="heatmap-axis">
            {m.text}
          </text>
        ))}
        {days.map((d, i) => (
          <rect
            key={d.day}
            x={Math.floor(i / 7) * PITCH}
            y={TOP + (i % 7) * PITCH}
            width={CELL}
            height={CELL}
            rx={2}
            className={`heat-${heatLevel(d.count, max)}${i === last ? ' heat-today' : ''}`}
          >
            <title>
              {t('progress.heatmapDay', { date: formatDay(lang, d.start), count: d.count })}
            </title>
          </rect>
        ))}
      </g>
    </svg>
  );
}

/** Mon, Wed and Fri beside the rows; outside the scrolling grid, so they stay in view. */
export function HeatmapWeekdays({ days, lang }: { days: readonly DayCount[]; lang: Lang }) {
  return (
    <svg
      className="heatmap-weekdays"
      viewBox={`0 0 ${WEEKDAYS_WIDTH} ${HEIGHT}`}
      width={WEEKDAYS_WIDTH}
      height={HEIGHT}
      aria-hidden="true"
    >
      {[1, 3, 5].map((row) => {
        const day = days[row];
        return day ? (
          <text
            key={row}
            x={WEEKDAYS_WIDTH - 5}
            y={TOP + row * PITCH + CELL / 2}
            dy="0.35em"
            textAnchor="end"
            className="heatmap-axis"
          >
            {formatWeekdayShort(lang, day.start)}
          </text>
        ) : null;
      })}
    </svg>
  );
}
