import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Location, MemoryRouter, useLocation } from 'react-router-dom';
import { AppRoutes } from '../../src/app/routes.tsx';
import { type AppStore, createAppStore } from '../../src/store/app-store.ts';
import { StoreProvider } from '../../src/store/store-context.tsx';

/** Where the memory router is now (what the address bar would show). */
export interface CurrentLocation {
  current: Location | null;
}

function LocationProbe({ into }: { into: CurrentLocation }) {
  into.current = useLocation();
  return null;
}

/**
 * Renders the whole app at `path` with a fresh store over the (cleared) localStorage, once
 * the store is ready and the page (a lazy chunk) has loaded.
 */
export async function renderApp(
  path = '/',
  store: AppStore = createAppStore(),
  options: { fakeTimers?: boolean } = {},
) {
  // As src/main.tsx does: the stored progress is in before the app draws.
  await store.ready;
  const location: CurrentLocation = { current: null };
  const user = userEvent.setup(options.fakeTimers ? { delay: null } : {});
  const view = render(
    <StoreProvider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <LocationProbe into={location} />
        <AppRoutes />
      </MemoryRouter>
    </StoreProvider>,
  );
  await waitFor(() => {
    if (!view.container.querySelector('main h1, main h2')) {
      throw new Error('the page is still loading');
    }
  });
  return { ...view, user, store, location };
}
