import type { Page } from 'playwright-core';
import { DEFAULT_DAY_START } from '../../src/domain/defaults.ts';

/** Waits until the service worker controls the page (the first load never is). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Studies `count` cards on /study with Space then the rating key. */
export async function studyCards(page: Page, count: number, key = '3'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    const question = page.locator('#card-question');
    await question.waitFor();
    const text = (await question.textContent()) ?? '';
    seen.push(text);
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: /정답|Answer/ }).waitFor();
    await page.keyboard.press(key);
    await page.waitForFunction(
      (prev) => document.querySelector('#card-question')?.textContent !== prev,
      text,
    );
  }
  return seen;
}

/** Every route, as a learner could open it directly by URL. */
export const ROUTES = [
  '/',
  '/study',
  '/study/weak',
  '/compare',
  '/compare?core=1&diff=1&q=API',
  '/progress',
  '/settings',
  '/no/such/page',
] as const;

/**
 * The page's study day, `YYYY-MM-DD`, `plusDays` days on: computed in the page, by its clock
 * and time zone, as the app counts days (src/domain/time.ts): a day begins at `dayStart`
 * o'clock local time (4 am unless the learner changes it), so before then it is still the
 * day before. Checks of what the page shows for "today" compare with this, never with a
 * date the test computes on its own clock (which is wrong from midnight to 4 am).
 */
export function studyDay(page: Page, plusDays = 0, dayStart = DEFAULT_DAY_START): Promise<string> {
  return page.evaluate(
    ([plus, start]) => {
      const d = new Date();
      if (d.getHours() < start) d.setDate(d.getDate() - 1);
      d.setDate(d.getDate() + plus);
      const mm = String(d.getMonth() + 1).padStart(2, '0');
      const dd = String(d.getDate()).padStart(2, '0');
      return `${d.getFullYear()}-${mm}-${dd}`;
    },
    [plusDays, dayStart] as const,
  );
}

/**
 * Whether the page's study day is still `since` (a `studyDay` taken before the actions a
 * figure counts). If it is, everything between was on one study day and a "today" figure
 * must be exact; if a new day began meanwhile, reviews from before it count for the day
 * before, and the check allows for that.
 */
export async function stillStudyDay(page: Page, since: string): Promise<boolean> {
  return (await studyDay(page)) === since;
}

/** "Reviews today" on /progress, as a number. */
export async function reviewsToday(page: Page): Promise<number> {
  const figure = page.locator('.stat', { hasText: /오늘 복습|Reviews today/ }).locator('dd');
  return Number((await figure.textContent())?.replace(/,/g, ''));
}

/**
 * Every review /progress counts, whatever the study day: the total in the heatmap's summary
 * ("최근 26주 동안 N일 학습, 복습 모두 M회").
 */
export async function reviewsOnProgress(page: Page): Promise<number> {
  const label = await page
    .getByRole('img', { name: /복습 모두 [\d,]+회/ })
    .getAttribute('aria-label');
  const count = /복습 모두 ([\d,]+)회/.exec(label ?? '')?.[1];
  if (count === undefined) throw new Error(`no review total in "${label}"`);
  return Number(count.replace(/,/g, ''));
}
