import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app/routes';
import { browserLangs, loadCatalog, preferredLang } from './i18n/messages';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Marks for `npm run bench`: reading and validating the stored history.
performance.mark('hydrate-start');
const store = createAppStore();
performance.mark('hydrate-end');

// The service worker is registered once the page has loaded and settled, so neither its
// code nor its precache downloads compete with the first page.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    setTimeout(() => {
      void import('./app/service-worker').then(({ startServiceWorker }) =>
        startServiceWorker(store),
      );
    }, 1500);
  // The await below can let `load` pass before this line runs on a slow catalog fetch,
  // so this is set up first, and an already loaded page registers at once.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

// A learner who reads English gets it from the first paint, not after a flash of Korean.
await loadCatalog(store.getState().settings.lang ?? preferredLang(browserLangs()));

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StoreProvider>
  </StrictMode>,
);
