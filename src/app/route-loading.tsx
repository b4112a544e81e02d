import { useT } from './use-t.ts';

/** Shown for the moment a page's code loads (first visit only; later it is cached). */
export function RouteLoading() {
  const { t } = useT();
  return (
    <p className="route-loading" role="status">
      <span className="visually-hidden">{t('app.loading')}</span>
    </p>
  );
}
