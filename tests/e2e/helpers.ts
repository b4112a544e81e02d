import type { Page } from 'playwright-core';

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
