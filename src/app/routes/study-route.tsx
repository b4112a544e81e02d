import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../components/use-t';
import { paths } from '../paths';
import { StudySessionView } from '../study-session-view';
import { useContent } from '../use-content';
import type { SessionSource } from '../use-session-queue';

const TODAY: SessionSource = { kind: 'today' };

/** /study: today's queue; /study?row=<id>[&row=<id>]: the cards of those comparison rows. */
export function StudyRoute() {
  const { t, lang } = useT();
  const [params] = useSearchParams();
  const { rows: allRows, cardIdsForRow } = useContent();
  const rowIds = params.getAll('row');
  const key = rowIds.join('\n');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for rowIds' contents.
  const plan = useMemo(() => {
    if (rowIds.length === 0) return { source: TODAY, rows: [], unknown: [] };
    const rows = allRows.filter((r) => rowIds.includes(r.id));
    const unknown = rowIds.filter((id) => !rows.some((r) => r.id === id));
    const ids = [...new Set(rows.flatMap((r) => cardIdsForRow(r.id)))];
    return { source: { kind: 'cards', ids } as SessionSource, rows, unknown };
  }, [key, allRows, cardIdsForRow]);

  if (plan.unknown.length > 0) {
    return (
      <section className="panel" role="alert" aria-labelledby="bad-row-title">
        <h1 id="bad-row-title">{t('study.badRow.title')}</h1>
        <p>{t('study.badRow.body', { ids: plan.unknown.join(', ') })}</p>
        <Link className="button primary" to={paths.compare}>
          {t('study.badRow.compare')}
        </Link>
      </section>
    );
  }

  if (plan.rows.length > 0) {
    const names = plan.rows.map((r) => r.name[lang]).join(', ');
    return (
      <StudySessionView
        key={key}
        source={plan.source}
        title={t('study.rows.title', { names })}
        doneTitle={t('study.rows.done')}
        emptyTitle={t('study.rows.done')}
        intro={<p className="session-intro">{t('study.rows.intro', { names })}</p>}
      />
    );
  }

  return (
    <StudySessionView
      key="today"
      source={TODAY}
      title={t('study.title')}
      doneTitle={t('study.done.title')}
      emptyTitle={t('study.empty.title')}
    />
  );
}
