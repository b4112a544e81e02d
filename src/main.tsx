import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { routes } from './app/routes';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const store = createAppStore();
const router = createBrowserRouter(routes);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./app/service-worker').then(({ startServiceWorker }) => startServiceWorker(store));
}

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <RouterProvider router={router} />
    </StoreProvider>
  </StrictMode>,
);
