import { useLayoutEffect, useRef, useState } from 'react';
import type { DayCount } from '../domain/stats.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { HeatmapGrid, HeatmapWeekdays } from './heatmap-grid.tsx';
import { HeatmapTable } from './heatmap-table.tsx';

interface HeatmapProps {
  days: readonly DayCount[];
  lang: Lang;
  t: Translate;
}

/**
 * Scrolls the container to its end (the newest weeks) when it mounts and when `lastDay`
 * changes, not on every render: a learner who scrolled back keeps their place. Reports
 * whether it overflows, since only then does it need to be a tab stop.
 */
function useScrolledToEnd(lastDay: string | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new day scrolls to it again.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.scrollLeft = box.scrollWidth;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [lastDay]);
  return { ref, overflows };
}

/**
 * Reviews per day as a calendar grid, with its figures as a table. On a narrow screen the
 * grid scrolls sideways and opens at today's week (issue #13).
 */
export function Heatmap({ days, lang, t }: HeatmapProps) {
  const weeks = Math.ceil(days.length / 7);
  const studied = days.filter((d) => d.count > 0);
  const total = studied.reduce((sum, d) => sum + d.count, 0);
  const { ref, overflows } = useScrolledToEnd(days.at(-1)?.day);
  return (
    <figure className="heatmap-figure">
      <div className="heatmap-box">
        <div className="heatmap-frame">
          <HeatmapWeekdays days={days} lang={lang} />
          {/* biome-ignore lint/a11y/useSemanticElements: a scrolling chart, not a form group. */}
          <div
            ref={ref}
            className="chart-scroll"
            role="group"
            aria-label={t('progress.heatmapLabel', { weeks })}
            // Keyboard users can scroll it only if it can take focus.
            tabIndex={overflows ? 0 : undefined}
          >
            <HeatmapGrid
              days={days}
              lang={lang}
              t={t}
              label={t('progress.heatmapSummary', {
                weeks,
                days: studied.length,
                count: total,
              })}
            />
          </div>
        </div>
        <p className="heatmap-legend" aria-hidden="true">
          <span>{t('progress.less')}</span>
          {[0, 1, 2, 3, 4].map((level) => (
            <span key={level} className={`heat-swatch heat-${level}`} />
          ))}
          <span>{t('progress.more')}</span>
        </p>
      </div>
      <HeatmapTable studied={studied} lang={lang} t={t} />
    </figure>
  );
}
