import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { paths } from '../../src/app/paths.ts';
import { cardById, DECK } from '../../src/content/deck.ts';
import { examQuestion, sampleExam } from '../../src/domain/mock-exam.ts';
import { sharedBrowser } from './browser.ts';
import { waitForServiceWorker } from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
/** The exam's questions come from a seed: E2E_SEED repeats a run. */
const SEED = Number(process.env.E2E_SEED ?? Date.now() % 2 ** 32);
const IDS = sampleExam(DECK, 20, SEED);

/** The number keys that answer question `i` right (every type that applies, or both of two). */
function rightKeys(i: number): string[] {
  const question = examQuestion(cardById(IDS[i] ?? ''));
  if (!question) throw new Error(`question ${i + 1} has no choices`);
  return question.correct.map((o) => String(o + 1));
}

it('a 20-question mock exam by keyboard on a 360 px phone, to its result; nothing rated', async () => {
  console.info(`exam e2e seed: ${SEED} (E2E_SEED to repeat)`);
  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    locale: 'ko-KR',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // From /progress's link, then the replay address of this seed.
  await page.goto(`${baseUrl}/progress`);
  await page.locator('main h1').waitFor();
  await page.goto(`${baseUrl}/exam?seed=${SEED}&size=20`);
  await page.getByRole('heading', { level: 1, name: '모의고사' }).waitFor();
  await page.getByRole('button', { name: '시험 시작' }).click();

  // Focus mode: no tab bar; the exam's bar is at the bottom, nothing scrolls sideways.
  const stem = page.locator('#exam-question');
  await stem.waitFor();
  expect(await page.getByRole('navigation', { name: '주 메뉴' }).count()).toBe(0);
  const bar = await page.locator('.exam-actions').boundingBox();
  expect(bar && Math.round(bar.y + bar.height)).toBe(740);
  expect(await page.getByRole('timer').textContent()).toMatch(/30:00|29:5\d/);

  // 18 right, question 19 wrong on purpose (a right pick swapped), question 20 flagged.
  for (let i = 0; i < 20; i++) {
    expect(await stem.textContent()).toBe(cardById(IDS[i] ?? '')?.question.ko);
    const keys = rightKeys(i);
    if (i === 18) {
      const wrong = ['1', '2', '3', '4', '5'].find((k) => !keys.includes(k)) ?? '1';
      keys.splice(0, 1, wrong);
    }
    for (const key of keys) await page.keyboard.press(key);
    if (i === 19) await page.keyboard.press('f');
    else await page.keyboard.press('n');
  }
  const nav = page.getByRole('navigation', { name: '문제 목록' });
  expect(await nav.getByRole('button', { name: /^20, 답함, 검토 표시$/ }).count()).toBe(1);
  // Back and forth with P and N.
  await page.keyboard.press('p');
  expect(await stem.textContent()).toBe(cardById(IDS[18] ?? '')?.question.ko);
  await page.keyboard.press('n');

  await page.getByRole('button', { name: '끝내기' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '시험을 끝낼까요?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: '끝내고 채점하기' }).focus();
  await page.keyboard.press('Enter');

  // 19 of 20: 100 + 900 x 0.95 = 955.
  await page.getByRole('heading', { level: 1, name: '모의고사 결과' }).waitFor();
  expect(await page.getByText('955 / 1000').count()).toBe(1);
  expect(await page.getByText(/✓ 합격/).count()).toBe(1);
  const study = page.getByRole('link', { name: '틀린 1문제 학습하기' });
  expect(await study.getAttribute('href')).toBe(paths.studyCards([IDS[18] ?? '']));
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await page.getByRole('navigation', { name: '주 메뉴' }).count()).toBe(1);

  // A mock exam writes no review: progress still has none.
  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: '진행' })
    .click();
  await page.getByText('아직 복습 기록이 없습니다', { exact: false }).waitFor();
  // The attempt is kept: after a reload, progress shows its score in the trend.
  await page.reload();
  const trend = page.getByRole('region', { name: '모의고사' });
  await trend.waitFor();
  expect(await trend.getByText('1회 중 1회').count()).toBe(1);
  expect(await trend.getByRole('img').getAttribute('aria-label')).toBe(
    '최근 모의고사 1회의 점수: 955점에서 955점. 합격선은 720점입니다.',
  );
  expect(errors).toEqual([]);
  await context.close();
});

it('once the service worker is in, /exam opens offline by URL and an exam can start', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const response = await page.goto(`${baseUrl}/exam`);
  expect(response?.ok()).toBe(true);
  await page.getByRole('heading', { level: 1, name: '모의고사' }).waitFor();
  await page.getByRole('button', { name: '시험 시작' }).click();
  await page.locator('#exam-question').waitFor();
  expect(await page.getByRole('banner').getByText('오프라인').isVisible()).toBe(true);
  expect(
    await page.getByRole('navigation', { name: '문제 목록' }).getByRole('button').count(),
  ).toBe(20);
  await context.close();
});

async function violations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page } as never).analyze();
  return result.violations.map(
    (v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  it(`axe finds nothing on the exam's start, a flagged question, the finish dialog and the result (${colorScheme})`, async () => {
    const context = await browser().newContext({
      locale: 'ko-KR',
      colorScheme,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/exam?seed=${SEED}&size=20`);
    await page.getByRole('heading', { level: 1, name: '모의고사' }).waitFor();
    const found = await violations(page, 'start');
    await page.getByRole('button', { name: '시험 시작' }).click();
    await page.locator('#exam-question').waitFor();
    for (const key of [...rightKeys(0), 'f']) await page.keyboard.press(key);
    found.push(...(await violations(page, 'question')));
    await page.getByRole('button', { name: '끝내기' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await violations(page, 'dialog')));
    await page.getByRole('button', { name: '끝내고 채점하기' }).click();
    await page.getByRole('heading', { level: 1, name: '모의고사 결과' }).waitFor();
    found.push(...(await violations(page, 'result')));
    expect(found).toEqual([]);
    await context.close();
  });
}
