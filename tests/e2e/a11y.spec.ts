import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { ROUTES, studyCards } from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function violations(page: Page) {
  const result = await new AxeBuilder({ page } as never).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  it(`axe finds no violations on any route (${colorScheme})`, async () => {
    const context = await browser().newContext({ locale: 'ko-KR', colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/study`);
    // Some history, so /progress and the weak list have content to check.
    await studyCards(page, 2, '1');
    await studyCards(page, 2, '3');
    const found: string[] = [];
    for (const route of ROUTES) {
      await page.goto(`${baseUrl}${route}`);
      await page.locator('main h1, main h2').first().waitFor();
      found.push(...(await violations(page)).map((v) => `${route} ${v}`));
    }
    // The study screen with the answer shown, and an open details disclosure.
    await page.goto(`${baseUrl}/study`);
    await page.locator('#card-question').waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: '정답' }).waitFor();
    found.push(...(await violations(page)).map((v) => `/study (revealed) ${v}`));
    // Quiz mode: a wrong pick marked on reveal, with a suggested rating.
    await page.goto(`${baseUrl}/study?row=feat.api-keys`);
    await page.getByRole('group', { name: /답 고르기/ }).waitFor();
    await page.keyboard.press('2');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /권장$/ }).waitFor();
    found.push(...(await violations(page)).map((v) => `/study (quiz revealed) ${v}`));
    // The reset confirmation dialog.
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole('button', { name: '학습 기록 초기화…' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await violations(page)).map((v) => `/settings (reset dialog) ${v}`));
    await page.goto(`${baseUrl}/compare`);
    await page.locator('details summary').first().click();
    found.push(...(await violations(page)).map((v) => `/compare (details open) ${v}`));
    expect(found).toEqual([]);
    await context.close();
    // Every route and four states, each analysed by axe: on a busy shared machine that
    // takes longer than the suite's default.
  }, 150_000);
}
