import { readFileSync, statSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import {
  ROUTES,
  reviewsToday,
  stillStudyDay,
  studyCards,
  studyDay,
  waitForServiceWorker,
} from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

it('once installed by the service worker, every route opens offline by URL, and an offline rating is kept', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  for (const route of ROUTES) {
    const response = await page.goto(`${baseUrl}${route}`);
    expect(response?.ok(), route).toBe(true);
    await page.locator('main h1, main h2').first().waitFor();
    expect(await page.getByRole('banner').getByText('오프라인').isVisible(), route).toBe(true);
  }
  expect(await page.locator('tbody th[scope="row"]').count()).toBe(0); // on the not-found page
  await page.goto(`${baseUrl}/compare?core=1&diff=1&q=API`);
  expect(await page.getByRole('checkbox', { name: '노트의 핵심 항목만' }).isChecked()).toBe(true);
  expect(await page.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);

  await page.goto(`${baseUrl}/study`);
  const day = await studyDay(page);
  const [answered] = await studyCards(page, 1);

  await context.setOffline(false);
  await page.reload();
  await page.goto(`${baseUrl}/progress`);
  const today = await reviewsToday(page);
  // Unless a study day began since the rating (4 am by default): then it was yesterday's.
  if (await stillStudyDay(page, day)) expect(today).toBe(1);
  else expect(today).toBeLessThanOrEqual(1);
  expect(await page.getByText(answered ?? '').count()).toBe(0); // a Good answer is not weak
  await context.close();
});

it('precaches each asset once: the app shell, every route chunk, icons and manifest', async () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
  expect(urls.length).toBeGreaterThan(5);
  expect(new Set(urls).size).toBe(urls.length);
  for (const needed of [
    'index.html',
    'manifest.webmanifest',
    'icons/icon-192.png',
    'favicon.svg',
  ]) {
    expect(urls, needed).toContain(needed);
  }
  const bytes = urls.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0);
  console.info(`precache: ${urls.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
});
