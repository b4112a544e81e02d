import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout';
// Home is where most visits start: it ships with the first chunk, so its first paint does
// not wait for a second round trip.
import { HomeRoute } from './routes/home-route';

// Every other page is its own chunk, loaded when first visited (and precached for offline use).
// Declarative routes, not the data router: it adds 16 KiB gzip this app does not use.
const StudyRoute = lazy(() =>
  import('./routes/study-route').then((m) => ({ default: m.StudyRoute })),
);
const WeakRoute = lazy(() => import('./routes/weak-route').then((m) => ({ default: m.WeakRoute })));
const CompareRoute = lazy(() =>
  import('./routes/compare-route').then((m) => ({ default: m.CompareRoute })),
);
const ProgressRoute = lazy(() =>
  import('./routes/progress-route').then((m) => ({ default: m.ProgressRoute })),
);
const SettingsRoute = lazy(() =>
  import('./routes/settings-route').then((m) => ({ default: m.SettingsRoute })),
);
const NotFoundRoute = lazy(() =>
  import('./routes/not-found-route').then((m) => ({ default: m.NotFoundRoute })),
);

/** The route table, shared by the browser router and the tests' memory router. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRoute />} />
        <Route path="study" element={<StudyRoute />} />
        <Route path="study/weak" element={<WeakRoute />} />
        <Route path="compare" element={<CompareRoute />} />
        <Route path="progress" element={<ProgressRoute />} />
        <Route path="settings" element={<SettingsRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
