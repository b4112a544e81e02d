import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { paths } from '../../src/app/paths.ts';
import { sharedBrowser } from './browser.ts';
import { reviewsOnProgress, studyCards, waitForServiceWorker } from './helpers.ts';

/**
 * Two browser contexts are two devices (each its own storage), syncing through the real
 * sync server, which also serves the built app (one origin, as `npm run sync-server` can).
 * The server runs in its own process on 127.0.0.1 and is stopped by its process id.
 */
const browser = sharedBrowser();
/** Different cards for each device. */
const A_CARDS = [
  'feat.api-keys.which',
  'feat.automatic-deployments.which',
  'feat.aws-services.which',
];
const B_CARDS = ['feat.access-logs-cloudwatch.which', 'feat.access-logs-firehose.which'];
const TOKEN = randomBytes(12).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'apigw-sync-e2e-'));
let server: ChildProcess | null = null;
let port = 0;
let origin = '';

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, ['scripts/sync-server.mjs'], {
    env: {
      ...process.env,
      SYNC_TOKEN: TOKEN,
      SYNC_PORT: String(port),
      SYNC_DATA_DIR: dataDir,
      SYNC_APP_DIR: process.env.E2E_DIST ?? 'dist',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`the sync server exited (${code})`)));
  });
  origin = `http://127.0.0.1:${port}`;
}

function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

beforeAll(startServer);
afterAll(async () => {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ locale: 'ko-KR', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  // Installed: the app opens and studies with the server down.
  await waitForServiceWorker(page);
  return { context, page };
}

const syncSection = (page: Page) => page.getByRole('region', { name: '기기 간 동기화' });

/** The device's progress as its backup file has it: the log's ids and the card states. */
async function exported(page: Page): Promise<{ ids: string[]; cards: unknown }> {
  await page.goto(`${origin}/settings`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '백업 내보내기' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    state: { log: { id: string }[]; cards: unknown };
  };
  return { ids: file.state.log.map((e) => e.id).sort(), cards: file.state.cards };
}

async function turnOn(page: Page) {
  await syncSection(page).getByRole('button', { name: '동기화 켜기' }).click();
  await syncSection(page).getByText('연결됨').waitFor();
}

/**
 * The review total /progress shows (0 while it shows no history yet); the page stays open,
 * so sync keeps running in it.
 */
async function progressReviews(page: Page): Promise<number> {
  if (new URL(page.url()).pathname !== '/progress') {
    await page.goto(`${origin}/progress`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  const empty = await page.getByText('아직 복습 기록이 없습니다', { exact: false }).count();
  return empty > 0 ? 0 : reviewsOnProgress(page);
}

it('two devices rate while the server is down, the server comes back, and both hold every review; an undo on one reaches the other', async () => {
  const a = await device();
  const b = await device();

  // Device A: a new sync key, the server's token, on.
  await a.page.goto(`${origin}/settings`);
  await syncSection(a.page).getByRole('button', { name: '새 키 만들기' }).click();
  await syncSection(a.page).getByLabel('서버 토큰').fill(TOKEN);
  await turnOn(a.page);
  const link = await syncSection(a.page).getByLabel('연결 링크').inputValue();
  expect(await syncSection(a.page).getByRole('img', { name: '연결 링크의 QR 코드' }).count()).toBe(
    1,
  );

  // Device B: opens the pairing link, which fills in everything; on.
  await b.page.goto(link);
  await syncSection(b.page).getByText('연결 링크로 열었습니다', { exact: false }).waitFor();
  await turnOn(b.page);

  // The server goes down; each device studies cards of its own.
  await stopServer();
  await a.page.goto(`${origin}${paths.studyCards(A_CARDS)}`);
  await b.page.goto(`${origin}${paths.studyCards(B_CARDS)}`);
  await studyCards(a.page, 3);
  await studyCards(b.page, 2);
  await a.page.getByRole('link', { name: '학습 끝내기' }).click();
  await b.page.getByRole('link', { name: '학습 끝내기' }).click();

  // It comes back on the same address, with the documents it had on disk.
  await startServer();
  for (const d of [a, b]) {
    await d.page.goto(`${origin}/settings`);
    await syncSection(d.page).getByText('연결됨').waitFor({ timeout: 20_000 });
    await syncSection(d.page).getByText('대기 중인 변경 없음').waitFor({ timeout: 20_000 });
  }
  await expect.poll(() => progressReviews(a.page), { timeout: 20_000 }).toBe(5);
  await expect.poll(() => progressReviews(b.page), { timeout: 20_000 }).toBe(5);
  // The same log on both, no review twice, and the same card states (each device's replay).
  const [fromA, fromB] = [await exported(a.page), await exported(b.page)];
  expect(fromA.ids).toHaveLength(5);
  expect(new Set(fromA.ids).size).toBe(5);
  expect(fromB).toEqual(fromA);

  // A rates once more and takes it back in the same session: B sees 6, then 5 again.
  await a.page.goto(`${origin}/study`);
  await studyCards(a.page, 1);
  await expect.poll(() => progressReviews(b.page), { timeout: 20_000 }).toBe(6);
  await a.page.keyboard.press('u');
  await expect.poll(() => progressReviews(b.page), { timeout: 20_000 }).toBe(5);
  await expect.poll(() => progressReviews(a.page), { timeout: 20_000 }).toBe(5);

  await a.context.close();
  await b.context.close();
}, 180_000);

it('a wrong token is refused with a clear message, and nothing syncs', async () => {
  const c = await device();
  await c.page.goto(`${origin}/settings`);
  await syncSection(c.page).getByRole('button', { name: '새 키 만들기' }).click();
  await syncSection(c.page).getByLabel('서버 토큰').fill('not-the-token');
  await syncSection(c.page).getByRole('button', { name: '동기화 켜기' }).click();
  await syncSection(c.page)
    .getByText('서버가 토큰을 거부했습니다. 동기화를 끄고 서버 토큰을 다시 입력하세요.')
    .waitFor();
  await c.context.close();
}, 60_000);

it('a device that studied 200 cards offline merges them when the server is back', async () => {
  const d = await device();
  const e = await device();
  await d.page.goto(`${origin}/settings`);
  // 200 new cards in one day: the daily limit allows them.
  const limit = d.page.getByLabel('하루 새 카드 수', { exact: true });
  await limit.fill('250');
  await limit.press('Enter');
  // And sibling cards come the same day (buried, fewer than 200 would be left).
  await d.page
    .getByRole('checkbox', { name: '같은 내용을 묻는 카드는 다음 날로 미루기' })
    .uncheck();
  await syncSection(d.page).getByRole('button', { name: '새 키 만들기' }).click();
  await syncSection(d.page).getByLabel('서버 토큰').fill(TOKEN);
  await turnOn(d.page);
  const link = await syncSection(d.page).getByLabel('연결 링크').inputValue();
  await e.page.goto(link);
  await turnOn(e.page);
  // E shows its progress page throughout, as a second screen would.
  expect(await progressReviews(e.page)).toBe(0);

  await stopServer();
  await d.page.goto(`${origin}/study`);
  await studyCards(d.page, 200);

  const back = Date.now();
  await startServer();
  await expect.poll(() => progressReviews(e.page), { timeout: 60_000, interval: 200 }).toBe(200);
  console.info(
    `sync: 200 offline ratings reached the other device ${Date.now() - back} ms after the server came back`,
  );
  await d.context.close();
  await e.context.close();
}, 240_000);
