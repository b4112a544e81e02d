import { useT } from './use-t.ts';

/**
 * Shown in place of a route that threw while rendering or could not load (offline before
 * it was cached); the rest of the app stays. "Try again" loads it again, no reload needed.
 */
export function RouteError({ onRetry }: { onRetry: () => void }) {
  const { t } = useT();
  return (
    <section role="alert" className="panel">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
