// `npm run sync-server`: the sync server for studying on more than one device. It speaks
// Yjs's y-websocket protocol through @y/websocket-server (no protocol of our own), keeps
// each learner's document on disk, and can serve the built app so app and sync share one
// origin (then the page's `connect-src 'self'` already allows it).
//
// Environment:
//   SYNC_TOKEN     required: devices must present it to connect (a shared secret)
//   SYNC_HOST      default 127.0.0.1
//   SYNC_PORT      default 4444 (0: any free port; the chosen one is printed)
//   SYNC_DATA_DIR  default ./sync-data: one file per document, written atomically
//   SYNC_APP_DIR   optional: a built app (dist/) to serve at /
//
// A document is a room named by the learner's sync key (32 to 64 lowercase letters and
// digits, random): whoever knows the key and the token can read and write it.
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

/** The path devices connect to: `/sync/<key>?token=…`. */
export const SYNC_PATH = '/sync/';
export const ROOM = /^[0-9a-z]{32,64}$/;
/** Close codes the app tells apart (4000-4999 are the application's). */
export const CLOSE = { badToken: 4401, badRoom: 4404 };
const WRITE_DELAY_MS = 250;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function sameSecret(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Documents on disk: `<dir>/<key>.ydoc`, the whole state, replaced atomically (write, rename). */
function filePersistence(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const timers = new Map();
  const file = (name) => path.join(dir, `${name}.ydoc`);
  const write = (name, doc) => {
    clearTimeout(timers.get(name));
    timers.delete(name);
    const tmp = `${file(name)}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Y.encodeStateAsUpdate(doc));
    fs.renameSync(tmp, file(name));
  };
  return {
    provider: null,
    // Synchronous, so a device's first sync message already meets the stored state.
    bindState(name, doc) {
      if (fs.existsSync(file(name))) Y.applyUpdate(doc, fs.readFileSync(file(name)));
      doc.on('update', () => {
        if (!timers.has(name))
          timers.set(
            name,
            setTimeout(() => write(name, doc), WRITE_DELAY_MS),
          );
      });
    },
    async writeState(name, doc) {
      write(name, doc);
    },
    /** Writes every document that waits (on shutdown). */
    flush(docs) {
      for (const [name, doc] of docs) if (timers.has(name)) write(name, doc);
    },
  };
}

function serveFile(appDir, req, res) {
  let clean;
  try {
    const url = new URL(req.url ?? '/', 'http://x');
    clean = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    // A malformed address (a stray %) is the client's mistake, never a crash.
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
    return;
  }
  let target = path.join(appDir, clean);
  if (
    !target.startsWith(`${appDir}${path.sep}`) ||
    !fs.existsSync(target) ||
    fs.statSync(target).isDirectory()
  ) {
    // The app's own routes (/study, /settings…) are all index.html.
    target = path.join(appDir, 'index.html');
  }
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(target)] ?? 'application/octet-stream',
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'Cache-Control':
      target.endsWith('index.html') || target.endsWith('sw.js') ? 'no-cache' : 'max-age=3600',
  });
  fs.createReadStream(target).pipe(res);
}

/**
 * Starts the server; resolves with its address and a `close()` that stops it after writing
 * every document.
 */
export async function startSyncServer({
  token,
  host = '127.0.0.1',
  port = 4444,
  dataDir = 'sync-data',
  appDir = null,
}) {
  if (!token) throw new Error('SYNC_TOKEN is required: devices must present it to connect.');
  const persistence = filePersistence(path.resolve(dataDir));
  setPersistence(persistence);
  const { docs } = await import('@y/websocket-server/utils');
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    } else if (appDir) {
      serveFile(path.resolve(appDir), req, res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(SYNC_PATH)) {
      socket.destroy();
      return;
    }
    const room = url.pathname.slice(SYNC_PATH.length);
    // Upgraded, then closed with a code the app can read: a refused HTTP upgrade looks to
    // a browser like being offline, and the learner must be told the token is wrong.
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) {
        ws.close(CLOSE.badToken, 'wrong token');
      } else if (!ROOM.test(room)) {
        ws.close(CLOSE.badRoom, 'not a sync key');
      } else {
        setupWSConnection(ws, req, { docName: room });
      }
    });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    host,
    port: typeof address === 'object' && address ? address.port : port,
    docs,
    async close() {
      persistence.flush(docs);
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startSyncServer({
    token: process.env.SYNC_TOKEN,
    host: process.env.SYNC_HOST ?? '127.0.0.1',
    port: Number(process.env.SYNC_PORT ?? 4444),
    dataDir: process.env.SYNC_DATA_DIR ?? 'sync-data',
    appDir: process.env.SYNC_APP_DIR ?? null,
  }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  console.info(`sync server on http://${s.host}:${s.port} (pid ${process.pid})`);
  const stop = async () => {
    await s.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
