import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app/routes';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore();

// The service worker is registered after the page has loaded, so its code never delays
// the first paint.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void import('./app/service-worker').then(({ startServiceWorker }) => startServiceWorker(store));
  });
}

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StoreProvider>
  </StrictMode>,
);
