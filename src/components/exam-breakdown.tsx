import { formatPercent } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/messages.ts';

export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly right: number;
  readonly total: number;
}

interface ExamBreakdownProps {
  id: string;
  title: string;
  rows: readonly BreakdownRow[];
  lang: Lang;
  t: Translate;
}

/** Right out of asked per area, with the rate in words and as a bar. */
export function ExamBreakdown({ id, title, rows, lang, t }: ExamBreakdownProps) {
  return (
    <section className="exam-breakdown" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('mock.colArea')}</th>
            <th scope="col">{t('mock.colRight')}</th>
            <th scope="col">{t('mock.colRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rate = row.total > 0 ? row.right / row.total : 0;
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="num">
                  {row.right}/{row.total}
                </td>
                <td className="num">
                  {formatPercent(lang, rate)}
                  <span className="exam-rate" aria-hidden="true">
                    <span style={{ width: `${Math.round(rate * 100)}%` }} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
