import type { FeatureRow } from './types.ts';

export interface RowFilter {
  /** Only rows the learner's notes cover. */
  readonly core: boolean;
  /** Only rows where REST and HTTP differ. */
  readonly diff: boolean;
  /** Free text, matched in Korean and English (name, cells' notes, explanation). */
  readonly query: string;
}

/** Where REST and HTTP columns say different things. */
function restHttpDiffer(row: FeatureRow): boolean {
  if (row.kind === 'support') {
    return (
      row.cells.rest.support !== row.cells.http.support ||
      row.cells.rest.note?.en !== row.cells.http.note?.en
    );
  }
  return row.cells.rest.value.en !== row.cells.http.value.en;
}

function haystack(row: FeatureRow): string {
  const parts: string[] = [
    row.id,
    row.name.ko,
    row.name.en,
    row.explanation.ko,
    row.explanation.en,
  ];
  for (const cell of Object.values(row.cells)) {
    if ('value' in cell) parts.push(cell.value.ko, cell.value.en);
    else if (cell.note) parts.push(cell.note.ko, cell.note.en);
  }
  return parts.join('\n').toLocaleLowerCase();
}

export function filterRows(rows: readonly FeatureRow[], filter: RowFilter): FeatureRow[] {
  const terms = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.core && !row.core) return false;
    if (filter.diff && !restHttpDiffer(row)) return false;
    if (terms.length === 0) return true;
    const text = haystack(row);
    return terms.every((t) => text.includes(t));
  });
}
