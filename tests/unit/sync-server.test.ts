// The default jsdom environment: the server and the devices' sockets (ws) run in Node all the same.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const TOKEN = 'test-token-7f3a';
const KEY = 'kkkkkkkk0123456789abcdefghijklmnopqrstuv';

interface Running {
  port: number;
  close(): Promise<void>;
}

const open: { provider: WebsocketProvider; doc: Y.Doc }[] = [];
const dirs: string[] = [];
let server: Running | null = null;

afterEach(async () => {
  for (const { provider, doc } of open.splice(0)) {
    provider.destroy();
    doc.destroy();
  }
  await server?.close();
  server = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The server as `npm run sync-server` runs it: its own process, stopped by its pid. */
async function start(dataDir: string, appDir?: string): Promise<Running> {
  const child = spawn(process.execPath, ['scripts/sync-server.mjs'], {
    env: {
      ...process.env,
      SYNC_TOKEN: TOKEN,
      SYNC_PORT: '0',
      SYNC_DATA_DIR: dataDir,
      ...(appDir ? { SYNC_APP_DIR: appDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`sync server exited (${code})`)));
  });
  server = {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return server;
}

function device(port: number, token = TOKEN, key = KEY) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, key, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as never,
  });
  open.push({ provider, doc });
  return { doc, provider, log: doc.getMap<unknown>('log') };
}

const until = async (ok: () => boolean, what: string) => {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the sync server', () => {
  it('two devices converge; a restart keeps every document; a third device gets it all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-sync-'));
    dirs.push(dir);
    const { port } = await start(dir);
    const a = device(port);
    const b = device(port);
    await until(() => a.provider.synced && b.provider.synced, 'both synced');
    for (let i = 0; i < 200; i++) a.log.set(`a${i}`, ['card', i, 3, 0, 0, null]);
    b.log.set('b0', ['card', 1, 1, 0, 0, null]);
    await until(() => a.log.size === 201 && b.log.size === 201, 'both to hold 201 entries');

    // The server stops (writing what waits) and starts again on the same data.
    await server?.close();
    const again = await start(dir);
    const c = device(again.port);
    await until(() => c.provider.synced && c.log.size === 201, 'a new device to get all 201');
  }, 30_000);

  it('a wrong token is refused with code 4401, and a key that is no sync key with 4404', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-sync-'));
    dirs.push(dir);
    const { port } = await start(dir);
    const codes: number[] = [];
    const wrong = device(port, 'not-the-token');
    wrong.provider.on('connection-close', (e: CloseEvent | null) => {
      if (e) codes.push(e.code);
      wrong.provider.shouldConnect = false;
    });
    const short = device(port, TOKEN, 'short');
    short.provider.on('connection-close', (e: CloseEvent | null) => {
      if (e) codes.push(e.code);
      short.provider.shouldConnect = false;
    });
    await until(() => codes.length === 2, 'both to be refused');
    expect(codes.sort()).toEqual([4401, 4404]);
    expect(wrong.log.size).toBe(0);
  });

  it('serves the app: its files, index.html for its routes, nothing outside it, and survives a malformed address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-sync-'));
    dirs.push(dir);
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'index.html'), '<h1>app</h1>');
    writeFileSync(join(app, 'a.js'), 'export {}');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    const { port } = await start(join(dir, 'data'), app);
    const get = async (p: string) => {
      const r = await fetch(`http://127.0.0.1:${port}${p}`);
      return { status: r.status, body: await r.text(), frame: r.headers.get('x-frame-options') };
    };
    expect(await get('/a.js')).toEqual({ status: 200, body: 'export {}', frame: 'DENY' });
    expect((await get('/study')).body).toBe('<h1>app</h1>');
    expect((await get('/../secret.txt')).body).toBe('<h1>app</h1>');
    expect((await get('/%2e%2e/secret.txt')).body).toBe('<h1>app</h1>');
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/healthz')).body).toBe('ok');
  });
});
