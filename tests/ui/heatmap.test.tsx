import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { DECK } from '../../src/content/deck.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

// Tests run with TZ=UTC (vitest config), so local days are UTC days here.
const DAY = 86_400_000;
// A Tuesday: the 26 weeks shown start on Sunday 14 September 2025.
const NOW = Date.UTC(2026, 2, 10, 10, 0);
beforeEach(() => {
  vi.spyOn(clock, 'now').mockImplementation(() => NOW);
});

/** Three study days: 3 answers 40 days ago, 1 yesterday, 2 today (6 in all). */
function studiedStore(lang: 'ko' | 'en') {
  const store = createAppStore();
  store.getState().updateSettings({ lang });
  const [a, b, c] = DECK;
  if (!a || !b || !c) throw new Error('the deck needs at least three cards');
  rateCard(store, a.id, 3, NOW - 40 * DAY);
  rateCard(store, b.id, 3, NOW - 40 * DAY + 60_000);
  rateCard(store, c.id, 3, NOW - 40 * DAY + 120_000);
  rateCard(store, a.id, 3, NOW - DAY);
  rateCard(store, b.id, 3, NOW - 60_000);
  rateCard(store, c.id, 3, NOW - 30_000);
  return store;
}

function heatmapSection(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('the review heatmap (issue #13)', () => {
  it('is one image with a summary, not a hundred and more images of single days', async () => {
    await renderApp('/progress', studiedStore('ko'));
    const section = heatmapSection('복습 기록 (26주)');
    const images = within(section).getAllByRole('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAccessibleName('최근 26주 동안 3일 학습, 복습 모두 6회');
  });

  it('lists the days with reviews, newest first, in a table', async () => {
    const { user } = await renderApp('/progress', studiedStore('ko'));
    const section = heatmapSection('복습 기록 (26주)');
    await user.click(within(section).getByText('표로 보기'));
    const table = within(section).getByRole('table', { name: '복습한 날 (최근 날짜부터)' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['날짜', '복습 횟수'],
      ['2026. 3. 10.', '2'],
      ['2026. 3. 9.', '1'],
      ['2026. 1. 29.', '3'],
    ]);
  });

  it('names the months above the weeks and Mon, Wed, Fri beside the rows, in Korean', async () => {
    await renderApp('/progress', studiedStore('ko'));
    const section = heatmapSection('복습 기록 (26주)');
    for (const month of ['9월', '10월', '11월', '12월', '1월', '2월', '3월']) {
      expect(within(section).getByText(month)).toBeInTheDocument();
    }
    for (const weekday of ['월', '수', '금']) {
      expect(within(section).getByText(weekday)).toBeInTheDocument();
    }
  });

  it('names the months, weekdays, summary and table in English', async () => {
    const { user } = await renderApp('/progress', studiedStore('en'));
    const section = heatmapSection('Review history (26 weeks)');
    for (const label of ['Sep', 'Oct', 'Jan', 'Mar', 'Mon', 'Wed', 'Fri', 'Less', 'More']) {
      expect(within(section).getByText(label)).toBeInTheDocument();
    }
    expect(within(section).getByRole('img')).toHaveAccessibleName(
      'Last 26 weeks: 3 days studied, 6 reviews in all',
    );
    await user.click(within(section).getByText('Show as a table'));
    const table = within(section).getByRole('table', { name: 'Days with reviews, newest first' });
    expect(within(table).getByRole('rowheader', { name: 'Jan 29, 2026' })).toBeInTheDocument();
  });

  it('opens scrolled to the newest weeks when it is wider than the screen, and takes focus to scroll', async () => {
    vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockReturnValue(420);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(300);
    await renderApp('/progress', studiedStore('ko'));
    const grid = screen.getByRole('group', { name: '최근 26주 동안 날짜별 복습 횟수' });
    expect(grid.scrollLeft).toBe(420);
    expect(grid).toHaveAttribute('tabindex', '0');
  });

  it('is no tab stop when it fits', async () => {
    await renderApp('/progress', studiedStore('ko'));
    const grid = screen.getByRole('group', { name: '최근 26주 동안 날짜별 복습 횟수' });
    expect(grid).not.toHaveAttribute('tabindex');
  });
});
