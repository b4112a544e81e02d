import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { DECK } from '../../src/content/deck.ts';
import { siblingGroups } from '../../src/content/siblings.ts';
import { sharedBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const byQuestion = new Map(DECK.map((card) => [card.question.ko, card.id]));
/** Card id -> the ids of its siblings (cards that test one of its facts). */
const siblings = new Map<string, Set<string>>();
for (const group of siblingGroups(DECK)) {
  for (const i of group) {
    const id = DECK[i]?.id as string;
    const set = siblings.get(id) ?? new Set<string>();
    for (const j of group) if (j !== i) set.add(DECK[j]?.id as string);
    siblings.set(id, set);
  }
}

/** Where the reveal or rating controls are on screen (top edge and height, px). */
async function controlsBox(page: Page): Promise<string> {
  const box = await page.locator('.study-actions').boundingBox();
  return box ? `${Math.round(box.y)}+${Math.round(box.height)}` : 'none';
}

it('a first session of 20 new cards, by Space then Space (Good), runs to the end without a waiting screen, no siblings on one day, and the controls never move', {
  timeout: 180_000,
}, async () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    const context = await browser().newContext({ locale: 'ko-KR', viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${baseUrl}/study`);
    const question = page.locator('#card-question');
    await question.waitFor();

    const shown: string[] = [];
    const boxes = new Set<string>();
    let waited = false;
    for (let answers = 0; answers < 100; answers++) {
      const end = page.locator('#session-end-title');
      await Promise.race([question.waitFor(), end.waitFor()]);
      if (await end.isVisible()) {
        waited = (await end.textContent()) === '잠시 후 다음 카드';
        break;
      }
      const text = (await question.textContent()) ?? '';
      const id = byQuestion.get(text);
      expect(id, text).toBeDefined();
      shown.push(id as string);
      boxes.add(await controlsBox(page));
      await page.keyboard.press('Space');
      await page.getByRole('region', { name: '정답' }).waitFor();
      boxes.add(await controlsBox(page));
      await page.keyboard.press('Space');
      // Rated: the answer closes on the next card (or the end screen shows).
      await page.waitForFunction(() => document.querySelector('.card-answer') === null);
    }

    expect(waited).toBe(false);
    await expect
      .poll(() => page.getByRole('heading', { name: '오늘 학습을 마쳤습니다' }).isVisible())
      .toBe(true);
    const distinct = [...new Set(shown)];
    // Twenty new cards, each seen twice (Good into the 10-minute step, Good out of it).
    expect(distinct).toHaveLength(20);
    expect(shown).toHaveLength(40);
    for (const id of distinct) {
      const mine = siblings.get(id) ?? new Set();
      expect(
        distinct.filter((other) => mine.has(other)),
        id,
      ).toEqual([]);
    }
    // The reveal button and the rating buttons sat in one place the whole time.
    expect(boxes.size, [...boxes].join(' ')).toBe(1);
    // The summary reports it.
    await expect.poll(() => page.getByText('첫 시도 정답률 · 20장 중 20장').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }
});
