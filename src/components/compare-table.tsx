import { Link } from 'react-router-dom';
import type { FeatureGroup, FeatureRow } from '../content/types';
import { API_TYPES } from '../content/types';
import type { RowMastery } from '../domain/mastery';
import type { Lang, Translate } from '../i18n/messages';
import { FactNotes } from './fact-notes';
import { MasteryBadge } from './mastery-badge';
import { SupportCell } from './support-cell';

const TYPE_NAME = { rest: 'REST API', http: 'HTTP API', websocket: 'WebSocket API' } as const;

interface CompareTableProps {
  groups: readonly FeatureGroup[];
  rows: readonly FeatureRow[];
  mastery: ReadonlyMap<string, RowMastery>;
  /** Link that starts a session with one row's cards. */
  studyHref: (rowId: string) => string;
  highlight: string | null;
  lang: Lang;
  t: Translate;
}

/** The feature matrix: one table, one tbody per group, the feature as the row header. */
export function CompareTable({
  groups,
  rows,
  mastery,
  studyHref,
  highlight,
  lang,
  t,
}: CompareTableProps) {
  return (
    // The table may scroll sideways on a phone; a focusable region lets keyboards scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="compare-table">
        <caption id="matrix-caption">{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.feature')}</th>
            {API_TYPES.map((type) => (
              <th scope="col" key={type}>
                {TYPE_NAME[type]}
              </th>
            ))}
            <th scope="col">{t('compare.mastery')}</th>
          </tr>
        </thead>
        {groups.map((group) => {
          const inGroup = rows.filter((r) => r.group === group.id);
          if (inGroup.length === 0) return null;
          return (
            <tbody key={group.id}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={5}>
                  {group.name[lang]}
                </th>
              </tr>
              {inGroup.map((row) => (
                <tr
                  key={row.id}
                  id={row.id}
                  className={row.id === highlight ? 'highlight' : undefined}
                >
                  <th scope="row" tabIndex={-1}>
                    <span className="feature-name">{row.name[lang]}</span>
                    {row.core && <span className="badge">{t('study.core')}</span>}
                    <details>
                      <summary>{t('compare.details')}</summary>
                      <FactNotes
                        explanation={row.explanation}
                        notesDiffer={row.notesDiffer}
                        source={row.source}
                        lang={lang}
                        t={t}
                      />
                    </details>
                  </th>
                  {API_TYPES.map((type) => (
                    <SupportCell key={type} cell={row.cells[type]} lang={lang} t={t} />
                  ))}
                  <td className="cell-mastery">
                    <MasteryBadge mastery={mastery.get(row.id) ?? 'not-studied'} t={t} />
                    <Link
                      className="button small"
                      to={studyHref(row.id)}
                      aria-label={t('compare.studyRowFull', { name: row.name[lang] })}
                    >
                      {t('compare.studyRow')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
