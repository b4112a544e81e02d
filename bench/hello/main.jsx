// The baseline for `npm run size` and `npm run lighthouse`: react + react-dom only.
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Hello, world</h1>
      <p>A bare React 19 page.</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
