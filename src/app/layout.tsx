import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { AppHeader, type NavItem } from '../components/app-header.tsx';
import { loadPageMessages } from '../i18n/messages.ts';
import { useAppStore } from '../store/store-context.tsx';
import { AppAlerts } from './app-alerts.tsx';
import { FocusModeContext } from './focus-mode.ts';
import { paths } from './paths.ts';
import { RouteError } from './route-error.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { RouteLoading } from './route-loading.tsx';
import { useHelpKey } from './use-help-key.ts';
import { useOnline } from './use-online.ts';
import { usePersistOnFirstReview } from './use-persist-on-first-review.ts';
import { useT } from './use-t.ts';

const UpdatePrompt = lazy(async () => ({
  default: (await import('./update-prompt.tsx')).UpdatePrompt,
}));

// The shortcut overlay loads on first use.
const ShortcutHelp = lazy(async () => {
  const [m] = await Promise.all([import('../components/shortcut-help.tsx'), loadPageMessages()]);
  return { default: m.ShortcutHelp };
});

export function Layout() {
  const { t, lang } = useT();
  const update = useAppStore((s) => s.update);
  const applyUpdate = useAppStore((s) => s.applyUpdate);
  const online = useOnline();
  const { pathname } = useLocation();
  const [help, setHelp] = useState(false);
  const [focusCount, setFocusCount] = useState(0);
  const enterFocus = useCallback(() => {
    setFocusCount((n) => n + 1);
    return () => setFocusCount((n) => n - 1);
  }, []);
  const openHelp = useCallback(() => setHelp(true), []);
  useHelpKey(openHelp);
  usePersistOnFirstReview();

  const theme = useAppStore((s) => s.settings.theme);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Study stays lit on every study page (/study/weak, custom sessions).
  const links: NavItem[] = [
    { to: paths.home, label: t('nav.home'), icon: 'home', end: true },
    { to: paths.study, label: t('nav.study'), icon: 'study' },
    { to: paths.compare, label: t('nav.compare'), icon: 'compare' },
    { to: paths.progress, label: t('nav.progress'), icon: 'progress' },
    { to: paths.settings, label: t('nav.settings'), icon: 'settings' },
  ];

  return (
    <FocusModeContext.Provider value={enterFocus}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppHeader
        links={links}
        homeHref={paths.home}
        online={online}
        focus={focusCount > 0}
        onHelp={openHelp}
        t={t}
      />
      <main id="main" tabIndex={-1}>
        <AppAlerts t={t} />
        <RouteErrorBoundary
          resetKey={pathname}
          fallback={(retry) => <RouteError onRetry={retry} />}
        >
          <Suspense fallback={<RouteLoading label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      {/* Overlays whose code cannot load (offline, a removed deploy) show nothing, and the
          page stays. */}
      <RouteErrorBoundary resetKey={pathname} fallback={null}>
        {help && (
          <Suspense fallback={null}>
            <ShortcutHelp onClose={() => setHelp(false)} t={t} />
          </Suspense>
        )}
        {update !== 'none' && applyUpdate && (
          <Suspense fallback={null}>
            <UpdatePrompt state={update} onReload={applyUpdate} t={t} />
          </Suspense>
        )}
      </RouteErrorBoundary>
    </FocusModeContext.Provider>
  );
}
