import { useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { ApiTypeOverview } from '../../components/api-type-overview.tsx';
import { CompareFilters } from '../../components/compare-filters.tsx';
import { CompareTable } from '../../components/compare-table.tsx';
import { filterRows, type RowFilter } from '../../content/filter-rows.ts';
import { type RowMastery, rowMastery } from '../../domain/mastery.ts';
import { useNow } from '../clock.ts';
import { readCompareParams, writeCompareParams } from '../compare-params.ts';
import { paths } from '../paths.ts';
import { useContent } from '../use-content.ts';
import { useLearningState } from '../use-learning-state.ts';
import { useT } from '../use-t.ts';

export function CompareRoute() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const { hash } = useLocation();
  const { filter, ignored } = readCompareParams(params);
  const now = useNow(60_000);
  const { cards, weakIds } = useLearningState(now);
  const { rows: allRows, groups, profiles, cardIdsForRow } = useContent();

  const { core, diff, query } = filter;
  const rows = useMemo(
    () => filterRows(allRows, { core, diff, query }),
    [allRows, core, diff, query],
  );
  const mastery = useMemo(() => {
    const map = new Map<string, RowMastery>();
    for (const row of allRows) map.set(row.id, rowMastery(cardIdsForRow(row.id), cards, weakIds));
    return map;
  }, [allRows, cardIdsForRow, cards, weakIds]);

  const highlight = hash ? decodeURIComponent(hash.slice(1)) : null;
  useEffect(() => {
    if (!highlight) return;
    const row = document.getElementById(highlight);
    row?.scrollIntoView?.({ block: 'center' });
    row?.querySelector('th')?.focus();
  }, [highlight]);

  const update = (next: RowFilter) => setParams(writeCompareParams(next), { replace: true });

  return (
    <div className="compare">
      <h1>{t('compare.title')}</h1>
      <section aria-labelledby="overview-title">
        <h2 id="overview-title">{t('compare.overview')}</h2>
        <ApiTypeOverview profiles={profiles} lang={lang} t={t} />
      </section>
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('compare.matrix')}</h2>
        {ignored.length > 0 && (
          <p role="status" className="notice">
            {t('compare.ignoredParams', { params: ignored.join(', ') })}
          </p>
        )}
        <CompareFilters
          filter={filter}
          onChange={update}
          shown={rows.length}
          total={allRows.length}
          t={t}
        />
        {rows.length === 0 ? (
          <div className="panel">
            <p>{t('compare.noMatch')}</p>
            <button type="button" onClick={() => update({ core: false, diff: false, query: '' })}>
              {t('compare.clear')}
            </button>
          </div>
        ) : (
          <CompareTable
            groups={groups}
            rows={rows}
            mastery={mastery}
            studyHref={(id) => paths.studyRows([id])}
            highlight={highlight}
            lang={lang}
            t={t}
          />
        )}
      </section>
    </div>
  );
}
