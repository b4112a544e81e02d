import type { DayCount } from '../domain/stats.ts';
import { formatDay, formatNumber } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

interface HeatmapTableProps {
  /** The days with reviews, oldest first. */
  studied: readonly DayCount[];
  lang: Lang;
  t: Translate;
}

/** The heatmap's figures as a table: the days with reviews, newest first. */
export function HeatmapTable({ studied, lang, t }: HeatmapTableProps) {
  return (
    <details>
      <summary>{t('progress.asTable')}</summary>
      {studied.length === 0 ? (
        <p>{t('progress.heatmapNone')}</p>
      ) : (
        <table className="data-table" aria-label={t('progress.heatmapTable')}>
          <thead>
            <tr>
              <th scope="col">{t('progress.date')}</th>
              <th scope="col">{t('progress.reviewCount')}</th>
            </tr>
          </thead>
          <tbody>
            {[...studied].reverse().map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(lang, d.start)}</th>
                <td>{formatNumber(lang, d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
