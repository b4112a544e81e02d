import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import * as legacy from '../../src/store/legacy.ts';
import { readStorage } from '../../src/store/read-storage.ts';
import type { PersistedState } from '../../src/store/schema.ts';
import { sharedBrowser } from './browser.ts';
import { reviewsToday, stillStudyDay, studyDay } from './helpers.ts';
import { cardsNotReplayed, reviewsReadBack } from './storage.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** What the page's localStorage holds, decoded as the app decodes it (main value and chunks). */
async function stored(page: Page): Promise<PersistedState> {
  const all: Record<string, string> = await page.evaluate(() => ({ ...localStorage }));
  const view = readStorage(new Map(Object.entries(all)), legacy);
  if (view.damage.length > 0) throw new Error('stored data did not read whole');
  return view.state;
}

async function rateOne(page: Page, key: string) {
  const question = page.locator('#card-question');
  await question.waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: '정답' }).waitFor();
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await page.keyboard.press(key);
  // The rating is saved before the next action.
  await page.waitForFunction((prev) => JSON.stringify({ ...localStorage }) !== prev, before);
}

it('two tabs alternating 25 ratings each lose none: 50 entries, each card as its last review left it', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const a = await context.newPage();
  await a.goto(`${baseUrl}/settings`);
  const limit = a.getByRole('textbox', { name: '하루 새 카드 수' });
  await limit.fill('100');
  await limit.press('Enter');
  const b = await context.newPage();
  await a.goto(`${baseUrl}/study`);
  await b.goto(`${baseUrl}/study`);
  const day = await studyDay(a);

  for (let i = 0; i < 50; i++) {
    await rateOne(i % 2 === 0 ? a : b, ['4', '3', '4', '2'][i % 4] as string);
  }

  const state = await stored(a);
  expect(state.log).toHaveLength(50);
  expect(new Set(state.log.map((e) => e.id)).size).toBe(50);
  // Replaying each card's reviews in order gives exactly its state, as a fresh tab holds it.
  const back = await reviewsReadBack(context, baseUrl);
  expect(back.log).toHaveLength(50);
  expect(cardsNotReplayed(back)).toEqual([]);
  // Both tabs show the same history.
  await b.goto(`${baseUrl}/progress`);
  const today = await reviewsToday(b);
  // Unless a study day began during the ratings (4 am by default): then some were yesterday's.
  if (await stillStudyDay(b, day)) expect(today).toBe(50);
  else expect(today).toBeLessThanOrEqual(50);
  await context.close();
});

it('an imported file with markup shows it as text and runs nothing (CSP, no HTML injection)', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${baseUrl}/settings`);
  const payload = '<img src=x onerror=alert(1)>';
  const now = Date.now();
  const backup = {
    format: 'apigw-flashcards-backup',
    schemaVersion: 1,
    appVersion: '0.0.0',
    exportedAt: now,
    state: {
      cards: {
        [payload]: {
          due: now + 86_400_000,
          stability: 3,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: 2,
          lastReview: now - 1000,
        },
      },
      log: [],
      undone: [],
      settings: {},
    },
  };
  await page.getByLabel('백업 가져오기…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = page.getByRole('region', { name: '가져오기 미리 보기' });
  await preview.waitFor();
  expect(await preview.textContent()).toContain(payload);
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  // An inline script injected now is refused by the policy.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(problems.some((p) => p.includes('Content Security Policy'))).toBe(true);
  await context.close();
});
