import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { API_TYPE_LABEL } from '../../src/content/api-type-label.ts';
import { cardById, cardIdsForRow, DECK } from '../../src/content/deck.ts';
import { DECK_ORDER } from '../../src/content/deck-order.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

// 10:00 UTC (the tests' zone): well inside the study day that began at 04:00.
const T0 = Date.UTC(2026, 2, 10, 10, 0);
const DAY = 86_400_000;
let now = T0;

beforeEach(() => {
  now = T0;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
});

const API_KEYS = 'feat.api-keys';
const choices = () => screen.getByRole('group', { name: /답 고르기/ });
const question = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('keys', () => {
  it('after the reveal, Space rates Good, as Enter does', async () => {
    const { user, store } = await renderApp('/study');
    await user.keyboard('  ');
    await user.keyboard('{Enter}{Enter}');
    expect(store.getState().log.map((e) => e.rating)).toEqual([3, 3]);
  });

  it('a quiz choice picked with the mouse keeps no focus: Space reveals, then rates Good', async () => {
    const { user, store } = await renderApp(`/study?row=${API_KEYS}`);
    await user.click(within(choices()).getByRole('button', { name: /REST API/ }));
    expect(document.activeElement?.closest('.quiz')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: '정답' })).toBeInTheDocument();
    // Space did not toggle the pick again: REST alone was picked, so the verdict is wrong.
    expect(within(choices()).getByRole('button', { name: /REST API/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('region', { name: '정답' })).toHaveTextContent('틀렸습니다');
    await user.keyboard(' ');
    expect(store.getState().log.map((e) => e.rating)).toEqual([3]);
  });

  it('only one choice ever looks selected: keys move focus with the pick', async () => {
    const { user } = await renderApp(`/study?row=${API_KEYS}`);
    const rest = within(choices()).getByRole('button', { name: /REST API/ });
    rest.focus();
    await user.keyboard('2');
    const pressed = within(choices())
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent?.replace(/\d$/, ''))).toEqual(['HTTP API']);
    expect(document.activeElement).toBe(pressed[0]);
  });

  it('in the retry of missed cards, U cannot undo the finished session (one session listens)', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1 });
    const { user } = await renderApp('/study', store);
    const missed = question();
    await user.keyboard(' 1'); // Again: back at once (learn ahead)
    await user.keyboard(' 4'); // Easy: done for today
    await user.click(screen.getByRole('button', { name: '틀린 카드 다시 보기 (1장)' }));
    expect(question()).toBe(missed);
    expect(screen.getByRole('button', { name: '실행 취소' })).toBeDisabled();
    await user.keyboard('u');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().log).toHaveLength(2);
    expect(store.getState().undone).toEqual([]);
    expect(question()).toBe(missed);
  });
});

describe('study more', () => {
  it('offers more new cards today once the queue is done, and the session goes on', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1, bury: false });
    const { user, unmount } = await renderApp('/study', store);
    await user.keyboard(' 4');
    const more = screen.getByRole('region', { name: '더 공부하기' });
    await user.click(within(more).getByRole('button', { name: '새 카드 10장 더 (오늘만)' }));
    expect(
      screen.getByRole('heading', { level: 2, name: cardById(DECK_ORDER[1] ?? '')?.question.ko }),
    ).toBeInTheDocument();
    const newCount = () =>
      screen.getByRole('definition', {
        name: (_, el) => el.previousElementSibling?.textContent === '새 카드',
      });
    expect(newCount()).toHaveTextContent(/^10$/);
    // The 10 more hold for today, also after a reload; tomorrow the limit is 1 again.
    unmount();
    const reloaded = await renderApp('/', createAppStore());
    expect(newCount()).toHaveTextContent(/^10$/);
    reloaded.unmount();
    now = T0 + DAY;
    await renderApp('/', createAppStore());
    expect(newCount()).toHaveTextContent(/^1$/);
  });

  it('reviews ahead as practice: the schedule does not move', async () => {
    const store = createAppStore();
    const ids = DECK_ORDER.slice(0, 3);
    for (const id of ids) rateCard(store, id, 4, T0 - DAY); // Easy yesterday: due in days
    store.getState().updateSettings({ newPerDay: 0 });
    const { user, location } = await renderApp('/study', store);
    const more = screen.getByRole('region', { name: '더 공부하기' });
    await user.selectOptions(within(more).getByLabelText('기간'), '앞으로 7일');
    await user.click(within(more).getByRole('link', { name: '미리 복습 (3장)' }));
    expect(location.current?.search).toBe('?ahead=7');
    expect(
      await screen.findByText(/앞으로 7일 안에 돌아올 카드 3장을 미리 봅니다/),
    ).toBeInTheDocument();
    const before = structuredClone(store.getState().cards);
    for (let i = 0; i < 3; i++) await user.keyboard('  ');
    expect(screen.getByRole('heading', { name: '미리 복습을 마쳤습니다' })).toBeInTheDocument();
    expect(
      store
        .getState()
        .log.slice(3)
        .map((e) => e.practice),
    ).toEqual([true, true, true]);
    for (const id of ids) {
      expect({ ...store.getState().cards[id], basis: 0 }).toEqual({ ...before[id], basis: 0 });
    }
  });

  it('studies one API type or one feature group', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 0 });
    const { user, location } = await renderApp('/study', store);
    const more = screen.getByRole('region', { name: '더 공부하기' });
    const restCards = DECK.filter((c) => c.apiTypes.includes('rest')).length;
    await user.click(
      within(more).getByRole('link', { name: `${API_TYPE_LABEL.rest} (${restCards})` }),
    );
    expect(location.current?.search).toBe('?type=rest');
    expect(await screen.findByText(/REST API 카드 20장/)).toBeInTheDocument();
    const shown = DECK.find((c) => c.question.ko === question());
    expect(shown?.apiTypes).toContain('rest');
  });

  it('a study-this-row session on cards not due yet is practice', async () => {
    const store = createAppStore();
    const [id] = cardIdsForRow(API_KEYS);
    rateCard(store, id as string, 4, T0 - DAY);
    const { user } = await renderApp(`/study?row=${API_KEYS}`, store);
    expect(question()).toBe(cardById(id as string)?.question.ko);
    expect(screen.getByText(/^연습:/)).toBeInTheDocument();
    await user.keyboard('  ');
    expect(store.getState().log.at(-1)?.practice).toBe(true);
  });

  it.each([
    ['?ahead=0', 'ahead=0'],
    ['?ahead=2.5', 'ahead=2.5'],
    ['?ahead=31', 'ahead=31'],
    ['?type=soap', 'type=soap'],
    ['?group=nope', 'group=nope'],
    ['?ahead=3&type=rest', 'ahead=3&type=rest'],
  ])('a bad address (%s) gets a clear message and a way on, not a crash', async (search, part) => {
    const { user, location } = await renderApp(`/study${search}`);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('주소를 이해하지 못했습니다');
    expect(alert).toHaveTextContent(part);
    await user.click(within(alert).getByRole('link', { name: '학습 화면으로 가기' }));
    expect(location.current?.search).toBe('');
  });
});
