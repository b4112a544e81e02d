import type { Download, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { cardIdsForRow, DECK } from '../../src/content/deck.ts';
import { sharedBrowser } from './browser.ts';
import { stillStudyDay, studyCards, studyDay } from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** The text of a download, read through the browser's saved file. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function text(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const API_KEYS = 'feat.api-keys';

it('quiz mode by keyboard, the session summary, going over the missed card, and the ? overlay', async () => {
  const context = await browser().newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const rowCards = cardIdsForRow(API_KEYS).length;
  await page.goto(`${baseUrl}/study?row=${API_KEYS}`);
  const choices = page.getByRole('group', { name: /답 고르기/ });
  await choices.waitFor();

  // Pick HTTP API with key 2 (wrong: REST and WebSocket support API keys), then reveal.
  await page.keyboard.press('2');
  expect(await choices.getByRole('button', { name: /HTTP API/ }).getAttribute('aria-pressed')).toBe(
    'true',
  );
  await page.keyboard.press('Space');
  const answer = page.getByRole('region', { name: '정답' });
  expect(await answer.textContent()).toContain(
    '틀렸습니다. 정답은 "REST API, WebSocket API"입니다.',
  );
  expect(await choices.getByRole('button', { name: /HTTP API/ }).textContent()).toContain(
    '✗ 내 선택',
  );
  await page.getByRole('button', { name: /^다시: .*권장$/ }).waitFor();
  await page.keyboard.press('1');

  // The rest of the row's cards: Easy, so they leave learning at once.
  await studyCards(page, rowCards - 1, '4');
  // The missed card comes back at once: its one-minute step is within the learn-ahead limit.
  await page.locator('#card-question').waitFor();
  expect(await page.getByRole('heading', { name: '잠시 후 다음 카드' }).count()).toBe(0);
  await studyCards(page, 1, '4');

  const summary = page.locator('main');
  await page.getByText(`첫 시도 정답률 · ${rowCards}장 중 ${rowCards - 1}장`).waitFor();
  expect(await summary.textContent()).toContain('틀린 카드 (1장)');
  expect(await summary.textContent()).toMatch(/답한 시간/);
  await page.getByRole('button', { name: '틀린 카드 다시 보기 (1장)' }).click();
  await page.getByText('이번 학습에서 틀린 카드 1장을 한 번 더 봅니다', { exact: false }).waitFor();
  expect(await page.locator('#card-question').textContent()).toContain('지원하는 API 유형');

  // The shortcut overlay: ? opens it, Escape closes it.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '키보드 단축키' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('보기 고르기');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  expect(errors).toEqual([]);
  await context.close();
});

it('settings: quiz off, daily limits and retention, English, dark theme, exam date, Anki file, and reset after a backup download', async () => {
  const context = await browser().newContext({ locale: 'ko-KR', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/study`);
  const day = await studyDay(page);
  await studyCards(page, 3);

  // Quiz mode off: no choices on a "which API type" card, and the setting survives a reload.
  // In a session the navigation gives way to "end session" (focus mode).
  await page.getByRole('link', { name: '학습 끝내기' }).click();
  await page.getByRole('link', { name: '설정' }).click();
  const quiz = page.getByRole('checkbox', { name: /퀴즈 모드/ });
  await quiz.uncheck();
  await page.goto(`${baseUrl}/study?row=${API_KEYS}`);
  await page.locator('#card-question').waitFor();
  expect(await page.getByRole('group', { name: /답 고르기/ }).count()).toBe(0);

  // Daily limits and the retention target: saved as typed, and home counts with them.
  await page.goto(`${baseUrl}/settings`);
  // Each saves when the learner presses Enter or leaves the field.
  await page.getByLabel('하루 새 카드 수', { exact: true }).fill('5');
  await page.keyboard.press('Enter');
  await page.getByLabel('하루 최대 복습 수').fill('120');
  await page.keyboard.press('Tab');
  await page.getByLabel('목표 기억률 (%)').fill('85');
  await page.keyboard.press('Enter');
  await page.reload();
  expect(await page.getByLabel('하루 새 카드 수', { exact: true }).inputValue()).toBe('5');
  expect(await page.getByLabel('하루 최대 복습 수').inputValue()).toBe('120');
  expect(await page.getByLabel('목표 기억률 (%)').inputValue()).toBe('85');
  await page.getByRole('link', { name: '홈' }).click();
  // 3 new cards studied today, 5 a day: 2 more today (5 if a study day began since).
  await expect
    .poll(async () => {
      const left = await page.locator('.today-new dd').textContent();
      return left === '2' || (left === '5' && !(await stillStudyDay(page, day)));
    })
    .toBe(true);

  // English, and the dark theme; both survive a reload.
  await page.goto(`${baseUrl}/settings`);
  await page.getByLabel('언어 / Language').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByLabel('테마 / Theme').selectOption('dark');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(16, 19, 24)');

  // The exam date: home shows the days left and the predicted recall. Ten days after the
  // page's study day (which, until 4 am, is the calendar's yesterday), not the test's date.
  const inTenDays = await studyDay(page, 10);
  await page.getByLabel('Exam date (optional)').fill(inTenDays);
  await page.getByRole('link', { name: 'Home' }).click();
  const daysLeft = page.getByText(/^\d+ days? to the exam\.$/);
  await daysLeft.waitFor();
  const days = Number(/^\d+/.exec((await daysLeft.textContent()) ?? '')?.[0]);
  // 10; 9 only if a study day began since the date was chosen.
  if ((await studyDay(page, 10)) === inTenDays) expect(days).toBe(10);
  else expect([9, 10]).toContain(days);
  expect(await page.locator('main').textContent()).toMatch(
    /Predicted recall on exam day \(whole deck, unstudied cards count 0\): \d/,
  );
  // The plan: 7 days left for new cards (the last 3 are for review), paced into today's
  // limit (which counts the new cards already seen today too).
  const paceDays = days - 3;
  const plan = (await page.getByRole('region', { name: 'Exam' }).textContent()) ?? '';
  const paced = /To see the (\d+) new cards left 3 days before the exam: (\d+) a day/.exec(plan);
  expect(paced, plan).not.toBeNull();
  const [unseen, perDay] = [Number(paced?.[1]), Number(paced?.[2])];
  expect(perDay).toBeGreaterThanOrEqual(Math.ceil(unseen / paceDays));
  expect(perDay).toBeLessThanOrEqual(Math.ceil((unseen + 20) / paceDays));

  // The Anki file: Anki's header lines, then one note per card.
  await page.getByRole('link', { name: 'Settings' }).click();
  const anki = await text(
    await downloaded(page, () =>
      page.getByRole('button', { name: 'Download the Anki file' }).click(),
    ),
  );
  const lines = anki.trimEnd().split('\n');
  expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#tags column:3']);
  expect(lines.slice(3).every((l) => l.split('\t').length === 3)).toBe(true);
  expect(lines.length - 3).toBe(DECK.length);

  // Reset: asks, downloads a backup of the 3 reviews first, then empties the progress.
  const reset = page.getByRole('region', { name: 'Reset progress' });
  expect(await reset.textContent()).toContain('Deletes the 3 reviews');
  await reset.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  const backup = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Download backup and reset' }).click(),
  );
  expect(JSON.parse(await text(backup)).state.log).toHaveLength(3);
  await page.getByText(/^Progress reset\. The backup .*\.json was downloaded/).waitFor();
  await page.reload();
  await page.getByText('There is no progress to reset yet.').waitFor();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByText(/0 studied · 0 reviews in all/).waitFor();

  expect(errors).toEqual([]);
  await context.close();
});
