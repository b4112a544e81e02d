// A second baseline for `npm run size` and `npm run lighthouse`: the hello world with the
// libraries the app must use on every page (react-router-dom, zustand with persist), to show
// how much of the app's cost they alone take.
import { createRoot } from 'react-dom/client';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router-dom';
import { createStore, useStore } from 'zustand';
import { persist } from 'zustand/middleware';

const store = createStore()(persist(() => ({ count: 0 }), { name: 'hello' }));

function Hello() {
  const count = useStore(store, (s) => s.count);
  return (
    <main>
      <nav>
        <NavLink to="/">Home</NavLink>
      </nav>
      <h1>Hello, world</h1>
      <p>A React 19 page with the router and a persisted store: {count}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <BrowserRouter>
    <Routes>
      <Route path="*" element={<Hello />} />
    </Routes>
  </BrowserRouter>,
);
