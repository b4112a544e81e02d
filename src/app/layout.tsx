import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { StorageAlert } from '../components/storage-alert';
import { useT } from '../components/use-t';
import { useAppStore } from '../store/store-context';
import { paths } from './paths';

export function Layout() {
  const { t, lang } = useT();
  const issue = useAppStore((s) => s.storageIssue);
  const dismiss = useAppStore((s) => s.dismissStorageIssue);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <NavLink to={paths.home} className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <NavLink to={paths.home} end>
            {t('nav.home')}
          </NavLink>
          <NavLink to={paths.study} end>
            {t('nav.study')}
          </NavLink>
          <NavLink to={paths.compare}>{t('nav.compare')}</NavLink>
          <NavLink to={paths.progress}>{t('nav.progress')}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {issue && <StorageAlert issue={issue} onDismiss={dismiss} t={t} />}
        <Outlet />
      </main>
    </>
  );
}
