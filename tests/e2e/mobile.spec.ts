import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { ROUTES, studyCards } from './helpers';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const viewport = { width: 360, height: 740 };

/** A Korean touch phone of 360 x 740 CSS pixels. */
function phoneContext() {
  return browser().newContext({ viewport, locale: 'ko-KR', hasTouch: true, isMobile: true });
}

it('on a 360 x 740 phone no route scrolls sideways', async () => {
  const context = await phoneContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/study`);
  await studyCards(page, 3, '1');
  const wide: string[] = [];
  for (const route of ROUTES) {
    await page.goto(`${baseUrl}${route}`);
    await page.locator('main h1, main h2').first().waitFor();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) wide.push(`${route}: ${scroll} > ${client}`);
  }
  expect(wide).toEqual([]);
  await context.close();
});

it('on a phone, the rating buttons are fully visible after reveal without scrolling', async () => {
  const context = await phoneContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/study`);
  for (let i = 0; i < 8; i++) {
    await page.locator('#card-question').waitFor();
    await page.getByRole('button', { name: /정답 보기/ }).tap();
    const buttons = page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).getByRole('button');
    expect(await buttons.count()).toBe(4);
    for (let b = 0; b < 4; b++) {
      const box = await buttons.nth(b).boundingBox();
      expect(box, `card ${i} button ${b}`).not.toBeNull();
      if (!box) continue;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await buttons.nth(3).tap();
  }
  await context.close();
});
