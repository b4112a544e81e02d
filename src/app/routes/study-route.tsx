import { Link, useSearchParams } from 'react-router-dom';
import { CustomSession } from '../custom-session.tsx';
import { paths } from '../paths.ts';
import { readPlan } from '../study-plan.ts';
import { StudySessionView } from '../study-session-view.tsx';
import { useContent } from '../use-content.ts';
import type { SessionSource } from '../use-session-queue.ts';
import { useT } from '../use-t.ts';

const TODAY: SessionSource = { kind: 'today' };

/**
 * /study: today's queue. Custom sessions: ?row=<id> (repeatable) the cards of comparison
 * rows; ?ahead=<days> review ahead; ?type=<rest|http|websocket>; ?group=<feature group>.
 */
export function StudyRoute() {
  const { t } = useT();
  const [params] = useSearchParams();
  const content = useContent();
  const plan = readPlan(params, content);

  if (plan.kind === 'bad') {
    const rows = plan.row === true;
    return (
      <section className="panel" role="alert" aria-labelledby="bad-study-title">
        <h1 id="bad-study-title">{t(rows ? 'study.badRow.title' : 'study.badParam.title')}</h1>
        <p>
          {rows
            ? t('study.badRow.body', { ids: plan.param })
            : t('study.badParam.body', { param: plan.param })}
        </p>
        <Link className="button primary" to={rows ? paths.compare : paths.study}>
          {t(rows ? 'study.badRow.compare' : 'study.badParam.study')}
        </Link>
      </section>
    );
  }
  if (plan.kind === 'today') {
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
  return <CustomSession key={params.toString()} plan={plan} />;
}
