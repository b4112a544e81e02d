import { API_TYPE_LABEL } from '../content/api-type-label.ts';
import type { FeatureGroup, FeatureRow } from '../content/types.ts';
import { API_TYPES } from '../content/types.ts';
import type { RowMastery } from '../domain/mastery.ts';
import type { Lang, Translate } from '../i18n/messages.ts';
import { CompareRow } from './compare-row.tsx';

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

/**
 * The feature matrix: one table, one tbody per group, the feature as the row header. It
 * fits a 320 px phone (compare.css), so nothing scrolls sideways and the header row can
 * stick to the top of the page.
 */
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
    <div className="compare-matrix">
      <table className="compare-table">
        <caption>{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-feature">
              {t('compare.feature')}
            </th>
            {API_TYPES.map((type) => (
              <th scope="col" key={type} className="col-type">
                {API_TYPE_LABEL[type]}
              </th>
            ))}
            <th scope="col" className="col-mastery">
              {t('compare.mastery')}
            </th>
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
                <CompareRow
                  key={row.id}
                  row={row}
                  mastery={mastery.get(row.id) ?? 'not-studied'}
                  studyHref={studyHref(row.id)}
                  highlighted={row.id === highlight}
                  lang={lang}
                  t={t}
                />
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
