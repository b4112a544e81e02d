// `node scripts/sync-memory.mjs [learners] [years]`: the sync server's memory with that many
// learners connected at once, each with a document of that many years of daily study
// (default 100 learners, 3 years). Prints the document's size on disk, the server's
// resident memory before and with every document loaded, and the time to load them.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Each provider listens for the process's exit: one per learner here.
process.setMaxListeners(0);
const LEARNERS = Number(process.argv[2] ?? 100);
const YEARS = Number(process.argv[3] ?? 3);
const PER_DAY = 40;
const TOKEN = 'memory-check';
const DAY = 86_400_000;

/** A seeded generator, so every run measures the same documents. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A learner's document: `PER_DAY` reviews a day over 255 cards, a few undos, some settings. */
function learnerDoc() {
  const r = random(20261129);
  const doc = new Y.Doc();
  const log = doc.getMap('log');
  const undone = doc.getMap('undone');
  const start = Date.UTC(2023, 10, 29, 9);
  let n = 0;
  for (let day = 0; day < YEARS * 365; day++) {
    doc.transact(() => {
      for (let i = 0; i < PER_DAY; i++) {
        const id = (n++).toString(36).padStart(10, '0');
        // As store/sync-doc.ts writes an entry: card, time (base 36), rating and phase, options.
        log.set(
          id,
          `card-${Math.floor(r() * 255)}\t${(start + day * DAY + i * 20_000).toString(36)}\t${1 + Math.floor(r() * 4)}2\t`,
        );
        if (r() < 0.005) undone.set(id, 1);
      }
    });
  }
  doc.getMap('settings').set('newPerDay', [20, start]);
  return doc;
}

const keyOf = (i) => `learner${String(i).padStart(4, '0')}${'x'.repeat(24)}`;
const rssKiB = (pid) =>
  Number(
    execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
      .toString()
      .trim(),
  );

const dir = mkdtempSync(join(tmpdir(), 'apigw-sync-memory-'));
const built = Date.now();
const doc = learnerDoc();
const state = Y.encodeStateAsUpdate(doc);
writeFileSync(join(dir, `${keyOf(0)}.ydoc`), state);
for (let i = 1; i < LEARNERS; i++)
  copyFileSync(join(dir, `${keyOf(0)}.ydoc`), join(dir, `${keyOf(i)}.ydoc`));
console.info(
  `one learner: ${YEARS} years x ${PER_DAY} reviews a day = ${doc.getMap('log').size} reviews; ` +
    `${(statSync(join(dir, `${keyOf(0)}.ydoc`)).size / 1024).toFixed(0)} KiB on disk (built in ${Date.now() - built} ms)`,
);
doc.destroy();

const server = spawn(process.execPath, ['scripts/sync-server.mjs'], {
  env: { ...process.env, SYNC_TOKEN: TOKEN, SYNC_PORT: '0', SYNC_DATA_DIR: dir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    const m = /127\.0\.0\.1:(\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  });
});
const idle = rssKiB(server.pid);

// Each learner connects and syncs: the server loads the document from disk and keeps it
// while the learner is connected. The devices here hold copies too; only the server is measured.
const started = Date.now();
const devices = [];
for (let i = 0; i < LEARNERS; i++) {
  const d = new Y.Doc();
  Y.applyUpdate(d, state);
  const p = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, keyOf(i), d, {
    params: { token: TOKEN },
    WebSocketPolyfill: WebSocket,
  });
  devices.push({ d, p });
  await new Promise((resolve) => (p.synced ? resolve() : p.once('sync', resolve)));
}
const loaded = Date.now() - started;
await new Promise((r) => setTimeout(r, 1000));
const busy = rssKiB(server.pid);
console.info(`sync server, resident memory: ${(idle / 1024).toFixed(0)} MiB idle`);
console.info(
  `with ${LEARNERS} learners connected (${YEARS}-year documents): ${(busy / 1024).toFixed(0)} MiB ` +
    `(${((busy - idle) / 1024 / LEARNERS).toFixed(1)} MiB a learner); all synced in ${loaded} ms`,
);
for (const { d, p } of devices) {
  p.destroy();
  d.destroy();
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });
