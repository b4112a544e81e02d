import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { stillStudyDay, studyDay } from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function questionText(page: Page): Promise<string> {
  return (await page.locator('#card-question').textContent()) ?? '';
}

it('a learner studies 5 cards by keyboard, reloads, and the queue continues where they left off', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await page.goto(`${baseUrl}/`);
  const day = await studyDay(page);
  await page.getByRole('link', { name: '학습 시작' }).click();
  await page.getByRole('heading', { level: 2 }).waitFor();

  const seen: string[] = [];
  for (let i = 0; i < 5; i++) {
    const q = await questionText(page);
    seen.push(q);
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: '정답' }).waitFor();
    await page.keyboard.press('3');
    await page.waitForFunction(
      (prev) => document.querySelector('#card-question')?.textContent !== prev,
      q,
    );
  }
  expect(new Set(seen).size).toBe(5);
  const sixth = await questionText(page);

  await page.reload();
  await page.getByRole('heading', { level: 2 }).waitFor();
  // The five answered cards are in learning (due in 10 minutes), so the sixth comes next.
  expect(await questionText(page)).toBe(sixth);
  const fresh = Number(await page.locator('.count-new dd').textContent());
  // 20 new cards a day, 5 seen; a study day begun since (4 am by default) brings 20 again.
  if (await stillStudyDay(page, day)) expect(fresh).toBe(15);
  else expect(fresh).toBeGreaterThanOrEqual(15);

  // In a session the navigation gives way to one way out (focus mode); it leads home.
  await page.getByRole('link', { name: '학습 끝내기' }).click();
  await expect.poll(() => page.locator('.muted').last().textContent()).toContain('총 복습 5회');
  expect(errors).toEqual([]);
  await context.close();
});
