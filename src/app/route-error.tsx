import { useT } from './use-t.ts';

/** Shown in place of a route that threw while rendering; the rest of the app stays. */
export function RouteError() {
  const { t } = useT();
  return (
    <section role="alert" className="panel">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </section>
  );
}
