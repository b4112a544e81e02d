import type { RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { CompareRoute } from './routes/compare-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { ProgressRoute } from './routes/progress-route';
import { SettingsRoute } from './routes/settings-route';
import { StudyRoute } from './routes/study-route';
import { WeakRoute } from './routes/weak-route';

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'study', element: <StudyRoute /> },
          { path: 'study/weak', element: <WeakRoute /> },
          { path: 'compare', element: <CompareRoute /> },
          { path: 'progress', element: <ProgressRoute /> },
          { path: 'settings', element: <SettingsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
