import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  reviewsToday,
  stillStudyDay,
  studyCards,
  studyDay,
  waitForServiceWorker,
} from './helpers.ts';
import { serveSwitchable } from './static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'apigw-update-'));
const v1 = join(work, 'v1');
const v2 = join(work, 'v2');
const server = serveSwitchable(4182, v1);
let browser: Browser;

function build(outDir: string, buildId: string) {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      // Vitest sets NODE_ENV=test, which would make a development build.
      env: { ...process.env, NODE_ENV: 'production', APP_BUILD_ID: buildId },
      stdio: 'inherit',
    },
  );
}

beforeAll(async () => {
  build(v1, 'update-test-1');
  build(v2, 'update-test-2');
  await server.listen();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

it('a new version shows a prompt, never reloads by itself, and keeps the reviews after accepting', async () => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(`${server.url}/study`);
  await waitForServiceWorker(page);
  const day = await studyDay(page);
  await studyCards(page, 2);
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });

  server.setRoot(v2);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.getByText('새 버전이 있습니다').waitFor({ timeout: 20_000 });
  // The learner is mid-session: the page has not reloaded under them.
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
    true,
  );
  expect(await page.locator('#card-question').isVisible()).toBe(true);

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: '새로고침' }).click(),
  ]);
  expect(
    await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
  ).toBeUndefined();

  await page.goto(`${server.url}/settings`);
  await page.getByText(/버전 .*\(update-test-2\)/).waitFor();
  await page.goto(`${server.url}/progress`);
  const today = await reviewsToday(page);
  // Unless a study day began since the ratings (4 am by default): then some were yesterday's.
  if (await stillStudyDay(page, day)) expect(today).toBe(2);
  else expect(today).toBeLessThanOrEqual(2);
  await context.close();
});
