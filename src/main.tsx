import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app/routes.tsx';
import { loadDeckOrder } from './content/deck-order.ts';
import { browserLangs, loadCatalog, preferredLang } from './i18n/messages.ts';
import { createAppStore } from './store/app-store.ts';
import { StoreProvider } from './store/store-context.tsx';
import './app/styles/base.css';
import './app/styles/shell.css';
import './app/styles/home.css';
import './app/styles/study.css';
import './app/styles/compare.css';
import './app/styles/progress.css';
import './app/styles/settings.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start(root: HTMLElement) {
  // Marks for `npm run bench`: reading the stored history.
  performance.mark('hydrate-start');
  const store = createAppStore();
  performance.mark('hydrate-end');

  // What can wait until the page has loaded and settled (the service worker, sync when it
  // is on) starts then, so neither its code nor its downloads compete with the first page.
  const settled = () =>
    setTimeout(() => void import('./app/after-load.ts').then((m) => m.afterLoad(store)), 1500);
  // The await below can let `load` pass before this line runs on a slow catalog fetch,
  // so this is set up first, and an already loaded page starts at once.
  if (document.readyState === 'complete') settled();
  else window.addEventListener('load', settled, { once: true });

  // A learner who reads English gets it from the first paint, not after a flash of Korean.
  // Cards whose stored state disagrees with the log (a crash between two writes, tabs that
  // raced, an older layout) are replayed first, so no count comes from a stale state; the
  // scheduler loads only when that happens.
  // The deck's order (a small data file, requested while the store reads) is in too.
  const order = loadDeckOrder();
  await store.ready;
  await Promise.all([
    loadCatalog(store.getState().settings.lang ?? preferredLang(browserLangs())),
    store.getState().refresh(),
    order,
  ]);

  // Chunks of closed tabs are folded into full ones once the page has settled (this also
  // loads the code that writes, which pages that rate or change settings load at once).
  setTimeout(() => {
    void store.engine.compact().then((removed) => {
      if (removed > 0) return store.getState().syncFromOtherTabs();
    });
  }, 3000);

  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </StoreProvider>
    </StrictMode>,
  );
}

/** Shows one of the fallbacks index.html holds (hidden) in place of the app. */
function fallback(root: HTMLElement, id: string): HTMLElement | null {
  root.replaceChildren();
  const el = document.getElementById(id);
  if (el) el.hidden = false;
  return el;
}

/**
 * Inside another site's frame the app draws nothing that could be clicked on the learner's
 * behalf (clickjacking, "Reset progress"), only a link that opens it on its own. Hosts also
 * send `frame-ancestors 'none'` (see the README); this check needs no inline script.
 */
function refuseFrame(root: HTMLElement) {
  fallback(root, 'framed')?.querySelector('a')?.setAttribute('href', window.location.href);
}

// Not a top-level await: the scheduler's chunk (loaded by `refresh` when cards must be
// replayed) imports shared code from this module's chunk, and a chunk cannot wait for a
// module that is itself waiting for it.
/**
 * What the learner sees if the app cannot start (a file it needs did not load, offline
 * before it was ever installed): what happened, that nothing was lost, and a way to retry.
 */
function failedToStart(root: HTMLElement, error: unknown) {
  console.error(error);
  fallback(root, 'start-failed')
    ?.querySelector('button')
    ?.addEventListener('click', () => window.location.reload());
}

if (window.top === window.self) start(root).catch((error) => failedToStart(root, error));
else refuseFrame(root);
