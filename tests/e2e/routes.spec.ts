import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const ROUTES = [
  '/',
  '/study',
  '/study/weak',
  '/compare',
  '/compare?core=1&q=API',
  '/progress',
  '/no/such/page',
];

it('every route renders with no console error, including a deep link and an unknown path', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${page.url()}: ${m.text()}`);
  });
  for (const route of ROUTES) {
    await page.goto(`${baseUrl}${route}`);
    await page.locator('main h1, main h2').first().waitFor();
  }
  expect(errors).toEqual([]);
  await context.close();
});

it('a learner looking up "which type supports X" finds 39+ rows under the three API types', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/compare`);
  await page.locator('table').waitFor();
  const headers = await page.locator('table thead th').allTextContents();
  expect(headers.slice(1, 4)).toEqual(['REST API', 'HTTP API', 'WebSocket API']);
  expect(await page.locator('tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(39);
  await context.close();
});
