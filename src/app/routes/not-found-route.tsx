import { Link, useLocation } from 'react-router-dom';
import { paths } from '../paths.ts';
import { useT } from '../use-t.ts';

export function NotFoundRoute() {
  const { t } = useT();
  const { pathname } = useLocation();
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <Link className="button primary" to={paths.home}>
        {t('notFound.home')}
      </Link>
    </section>
  );
}
