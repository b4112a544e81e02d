import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { routes } from '../../src/app/routes';
import { type AppStore, createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/store-context';

/** Renders the whole app at `path` with a fresh store over the (cleared) localStorage. */
export function renderApp(
  path = '/',
  store: AppStore = createAppStore(),
  options: { fakeTimers?: boolean } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup(options.fakeTimers ? { delay: null } : {});
  const view = render(
    <StoreProvider store={store}>
      <RouterProvider router={router} />
    </StoreProvider>,
  );
  return { ...view, user, router, store };
}
