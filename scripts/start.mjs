// `npm start`: build the app, then serve the production build on 127.0.0.1:4173.
import { build, preview } from 'vite';

await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: true } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.info(`\nAPI Gateway Flashcards is being served at ${url}\nPress Ctrl+C to stop.`);
