import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { loadPageMessages } from '../i18n/messages.ts';
import { Layout } from './layout.tsx';
// Home is where most visits start: it ships with the first chunk, so its first paint does
// not wait for a second round trip.
import { HomeRoute } from './routes/home-route.tsx';
import { loadContent } from './use-content.ts';

// Every other page is its own chunk, loaded when first visited (and precached for offline use).
// Declarative routes, not the data router: it adds 16 KiB gzip this app does not use.
const StudyRoute = page(() => import('./routes/study-route.tsx'), 'StudyRoute');
const WeakRoute = page(() => import('./routes/weak-route.tsx'), 'WeakRoute');
const CompareRoute = page(() => import('./routes/compare-route.tsx'), 'CompareRoute');
const ProgressRoute = page(() => import('./routes/progress-route.tsx'), 'ProgressRoute');
const SettingsRoute = page(() => import('./routes/settings-route.tsx'), 'SettingsRoute');
const ExamRoute = page(() => import('./routes/exam-route.tsx'), 'ExamRoute');
const NotFoundRoute = page(() => import('./routes/not-found-route.tsx'), 'NotFoundRoute');

/**
 * A lazily loaded page that renders once its code, its messages and the deck are here. If
 * any of them fails to load, the route's error shows, and its "try again" loads them anew
 * (React keeps a lazy component's failure, so a failed one is replaced by a fresh one).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const make = () =>
    lazy(async () => {
      try {
        const [module] = await Promise.all([load(), loadPageMessages(), loadContent()]);
        return { default: module[name] as ComponentType };
      } catch (error) {
        Page = make();
        throw error;
      }
    });
  let Page: ComponentType = make();
  return () => <Page />;
}

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
        <Route path="exam" element={<ExamRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
