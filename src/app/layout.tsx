import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { AppHeader, type NavItem } from '../components/app-header.tsx';
import { useT } from '../components/use-t.ts';
import { loadPageMessages, type Translate } from '../i18n/messages.ts';
import type { SaveStatus, StorageIssue } from '../store/engine.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';
import { FocusModeContext } from './focus-mode.ts';
import { paths } from './paths.ts';
import { RouteError } from './route-error.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { RouteLoading } from './route-loading.tsx';
import { useHelpKey } from './use-help-key.ts';
import { useOnline } from './use-online.ts';
import { usePersistOnFirstReview } from './use-persist-on-first-review.ts';

// Shown only when something needs the learner's attention, so they load when it does.
// If the alert's code cannot load (a deploy removed it under an open tab), its title
// still shows: a storage problem is never silent.
// Their texts beyond the titles are pages' messages, loaded with them.
const alerts = () => Promise.all([import('../components/storage-alert.tsx'), loadPageMessages()]);
const StorageAlert = lazy(() =>
  alerts().then(
    ([m]) => ({ default: m.StorageAlert }),
    () => ({ default: StorageAlertTitle }),
  ),
);
const SaveAlert = lazy(() =>
  alerts().then(
    ([m]) => ({ default: m.SaveAlert }),
    () => ({ default: SaveAlertTitle }),
  ),
);

const ISSUE_TITLE = {
  damaged: 'storage.damaged.title',
  unavailable: 'storage.unavailable.title',
  newer: 'storage.newer.title',
} as const;

function StorageAlertTitle({ issue, t }: { issue: StorageIssue; t: Translate }) {
  return (
    <div role="alert" className="alert alert-error">
      <h2>{t(ISSUE_TITLE[issue.kind])}</h2>
    </div>
  );
}

function SaveAlertTitle({ status, t }: { status: SaveStatus; t: Translate }) {
  return status.kind === 'failed' ? (
    <div role="alert" className="alert alert-warning">
      <h2>{t('storage.writeFailed.title')}</h2>
    </div>
  ) : (
    <p role="status">{t('storage.saved')}</p>
  );
}

const UpdatePrompt = lazy(async () => ({
  default: (await import('../components/update-prompt.tsx')).UpdatePrompt,
}));

// The shortcut overlay loads on first use.
const ShortcutHelp = lazy(async () => {
  const [m] = await Promise.all([import('../components/shortcut-help.tsx'), loadPageMessages()]);
  return { default: m.ShortcutHelp };
});

export function Layout() {
  const { t, lang } = useT();
  const issue = useAppStore((s) => s.storageIssue);
  const dismiss = useAppStore((s) => s.dismissStorageIssue);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const dismissSave = useAppStore((s) => s.dismissSaveStatus);
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
  const api = useAppStoreApi();
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
        {issue && (
          <Suspense fallback={null}>
            <StorageAlert issue={issue} onDismiss={dismiss} t={t} />
          </Suspense>
        )}
        {saveStatus && (
          <Suspense fallback={null}>
            <SaveAlert
              status={saveStatus}
              onDismiss={dismissSave}
              onExport={() =>
                void import('./export-progress.ts').then((m) => m.exportProgress(api))
              }
              t={t}
            />
          </Suspense>
        )}
        <RouteErrorBoundary resetKey={pathname} fallback={<RouteError />}>
          <Suspense fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
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
    </FocusModeContext.Provider>
  );
}
