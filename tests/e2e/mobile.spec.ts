import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { ROUTES, studyCards } from './helpers.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const viewport = { width: 360, height: 740 };

/** A Korean touch phone of 360 x 740 CSS pixels. */
function phoneContext() {
  return browser().newContext({ viewport, locale: 'ko-KR', hasTouch: true, isMobile: true });
}

for (const width of [320, 360, 600, 768]) {
  it(`at ${width} px (touch) no route scrolls sideways, in Korean or English`, async () => {
    const wide: string[] = [];
    for (const locale of ['ko-KR', 'en-US']) {
      const context = await browser().newContext({
        viewport: { width, height: 740 },
        locale,
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/study`);
      await studyCards(page, 3, '1');
      for (const route of ROUTES) {
        await page.goto(`${baseUrl}${route}`);
        await page.locator('main h1, main h2').first().waitFor();
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`${locale} ${route}: ${scroll} > ${client}`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });
}

it('on a phone the navigation is a tab bar at the bottom, gone during a session, and no key hints show', async () => {
  const context = await phoneContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/progress`);
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  const bar = await nav.boundingBox();
  expect(bar && Math.round(bar.y + bar.height)).toBe(viewport.height);
  const links = nav.getByRole('link');
  expect(await links.count()).toBe(5);
  for (let i = 0; i < 5; i++) {
    // Icon and label, the label on one line.
    const label = links.nth(i).locator('.nav-label');
    const lines = await label.evaluate((el) => el.getClientRects().length);
    expect(lines, (await label.textContent()) ?? '').toBe(1);
    expect(await links.nth(i).locator('.nav-icon').count()).toBe(1);
  }
  expect(await nav.getByRole('link', { name: '진행' }).getAttribute('aria-current')).toBe('page');

  // A session: focus mode, with one way out; no keyboard hints on a touch screen.
  await nav.getByRole('link', { name: '학습' }).tap();
  await page.locator('#card-question').waitFor();
  expect(await nav.count()).toBe(0);
  await page.getByRole('button', { name: /정답 보기/ }).tap();
  await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
  const hints = await page
    .locator('.key-hint')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  expect(hints).toBe(0);
  await page.getByRole('link', { name: '학습 끝내기' }).tap();
  await page.getByRole('heading', { level: 1, name: '오늘의 학습' }).waitFor();
  expect(await nav.count()).toBe(1);
  await context.close();
});

it('on a desktop the navigation is at the top, going offline moves none of it, and the key hints show', async () => {
  const context = await browser().newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ko-KR',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  const bar = await nav.boundingBox();
  expect(bar?.y ?? 999).toBeLessThan(60);
  // Going offline adds a badge in the header's corner and moves nothing else.
  const links = async () =>
    nav.getByRole('link').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  const help = page.getByRole('button', { name: '키보드 단축키' });
  const before = { links: await links(), help: await help.boundingBox() };
  await context.setOffline(true);
  await page.getByRole('banner').getByRole('status').waitFor();
  expect(await links()).toEqual(before.links);
  expect(await help.boundingBox()).toEqual(before.help);
  await context.setOffline(false);
  await page.goto(`${baseUrl}/study`);
  await page.locator('#card-question').waitFor();
  await page.keyboard.press('Space');
  await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
  expect(await page.locator('.rate-key').first().isVisible()).toBe(true);
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
