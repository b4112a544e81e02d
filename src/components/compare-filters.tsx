import type { RowFilter } from '../content/filter-rows.ts';
import type { Translate } from '../i18n/messages.ts';

interface CompareFiltersProps {
  filter: RowFilter;
  onChange: (next: RowFilter) => void;
  shown: number;
  total: number;
  t: Translate;
}

/** Core-only, REST-vs-HTTP-only and a bilingual text search. */
export function CompareFilters({ filter, onChange, shown, total, t }: CompareFiltersProps) {
  return (
    <search className="compare-filters">
      <label className="search">
        <span>{t('compare.search')}</span>
        <input
          type="search"
          value={filter.query}
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
          placeholder={t('compare.searchPlaceholder')}
          maxLength={200}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.core}
          onChange={(e) => onChange({ ...filter, core: e.target.checked })}
        />
        {t('compare.coreOnly')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.diff}
          onChange={(e) => onChange({ ...filter, diff: e.target.checked })}
        />
        {t('compare.diffOnly')}
      </label>
      <output className="muted" aria-live="polite">
        {t('compare.shown', { shown, total })}
      </output>
    </search>
  );
}
