import type { RowFilter } from '../content/filter-rows.ts';

/** The compare filters live in the URL query: `?core=1&diff=1&q=text`. */
export function readCompareParams(params: URLSearchParams): {
  filter: RowFilter;
  /** Query parts that were not understood (shown to the learner, then ignored). */
  ignored: string[];
} {
  const ignored: string[] = [];
  const flag = (name: string) => {
    const value = params.get(name);
    if (value === null) return false;
    if (value === '1') return true;
    ignored.push(`${name}=${value}`);
    return false;
  };
  const filter = {
    core: flag('core'),
    diff: flag('diff'),
    query: (params.get('q') ?? '').slice(0, 200),
  };
  for (const key of new Set(params.keys())) {
    if (!['core', 'diff', 'q'].includes(key)) ignored.push(key);
  }
  return { filter, ignored };
}

export function writeCompareParams(filter: RowFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.core) params.set('core', '1');
  if (filter.diff) params.set('diff', '1');
  if (filter.query.trim()) params.set('q', filter.query);
  return params;
}
