import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { cardById, DECK } from '../../src/content/deck.ts';
import { FEATURE_ROWS } from '../../src/content/features.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

// Tests run with TZ=UTC (vitest config), so local days are UTC days here.
const DAY = 86_400_000;
const TODAY_10AM = Date.UTC(2026, 2, 10, 10, 0);
let now = TODAY_10AM;
beforeEach(() => {
  now = TODAY_10AM;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
});

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the deck needs at least three cards');
  return value;
}
const a = must(DECK[0]);
const b = must(DECK[1]);
const c = must(DECK[2]);

function rowName(rowId: string): string {
  return FEATURE_ROWS.find((r) => r.id === rowId)?.name.ko ?? rowId;
}

function stat(label: string): string | null {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

/**
 * A known history: days -10, -2, -1 and today have reviews (streak 3);
 * two answers to cards in review state in the last 30 days, one Again (retention 50%).
 */
function fixtureStore() {
  const store = createAppStore();
  const rate = (id: string, rating: 1 | 2 | 3 | 4, at: number) => rateCard(store, id, rating, at);
  rate(a.id, 4, TODAY_10AM - 10 * DAY); // new -> review
  rate(b.id, 4, TODAY_10AM - 10 * DAY); // new -> review
  rate(a.id, 3, TODAY_10AM - 2 * DAY); // review, passed
  rate(b.id, 1, TODAY_10AM - 1 * DAY); // review, failed (a lapse)
  rate(c.id, 3, TODAY_10AM - 60_000); // new -> learning, today
  return store;
}

describe('progress', () => {
  it('with no reviews yet, says what to do next instead of showing zeros', async () => {
    const { user } = await renderApp('/progress');
    expect(screen.getByText(/아직 복습 기록이 없습니다/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /복습 횟수/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '학습 시작' }));
    expect(await screen.findByRole('button', { name: /정답 보기/ })).toBeInTheDocument();
  });

  it("shows the fixture's reviews today, streak and retention", async () => {
    await renderApp('/progress', fixtureStore());
    expect(stat('오늘 복습')).toBe('1');
    expect(stat('연속 학습')).toBe('3일');
    expect(stat('최근 30일 기억률')).toBe('50% (2번 중 1번)');
    expect(stat('학습 중')).toBe('1');
    expect(stat('재학습')).toBe('1');
    expect(stat('복습')).toBe('1');
    expect(stat('새 카드')).toBe(String(DECK.length - 3));
    expect(stat('완전히 익힌 카드')).toBe('1');
  });

  it('summarises the heatmap and lists its days in a table', async () => {
    const { user } = await renderApp('/progress', fixtureStore());
    const section = screen.getByRole('region', { name: '복습 기록 (26주)' });
    expect(within(section).getByRole('img')).toHaveAccessibleName(
      '최근 26주 동안 4일 학습, 복습 모두 5회',
    );
    await user.click(within(section).getByText('표로 보기'));
    const table = within(section).getByRole('table', { name: '복습한 날 (최근 날짜부터)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2026. 3. 10.1',
      '2026. 3. 9.1',
      '2026. 3. 8.1',
      '2026. 2. 28.2',
    ]);
  });

  it('gives the due forecast a text alternative', async () => {
    await renderApp('/progress', fixtureStore());
    const chart = screen.getByRole('img', {
      name: /앞으로 14일 동안 날짜별 복습 예정 카드 수, 모두 2장/,
    });
    expect(chart).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '앞으로 14일 복습 예정' });
    expect(within(table).getAllByRole('row')).toHaveLength(15);
  });

  it("starts the forecast's first label, 오늘 (Today), at the left edge so it is not cut off (issue #13)", async () => {
    await renderApp('/progress', fixtureStore());
    const chart = screen.getByRole('img', { name: /앞으로 14일 동안/ });
    const today = within(chart).getByText('오늘');
    expect(today).toHaveAttribute('text-anchor', 'start');
    expect(today).toHaveAttribute('x', '0');
    // The others are centred under their bars, clear of the edges.
    const width = Number(chart.getAttribute('viewBox')?.split(' ')[2]);
    const labels = [...chart.querySelectorAll('text')].slice(1);
    expect(labels).toHaveLength(13);
    for (const label of labels) {
      expect(label).toHaveAttribute('text-anchor', 'middle');
      const x = Number(label.getAttribute('x'));
      expect(x).toBeGreaterThanOrEqual(24);
      expect(x).toBeLessThanOrEqual(width - 12);
    }
  });

  it('lists weak cards with the reason and a link to the compare row', async () => {
    const { user } = await renderApp('/progress', fixtureStore());
    const heading = screen.getByRole('heading', { name: /^약한 카드 \(\d+\)$/ });
    const section = heading.closest('section') as HTMLElement;
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(b.question.ko);
    expect(items[0]).toHaveTextContent('틀린 뒤 다른 날 아직 맞히지 못함');
    const link = within(items[0] as HTMLElement).queryByRole('link', { name: '비교표에서 보기' });
    if (b.rowIds[0]) {
      await user.click(link as HTMLElement);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'API 유형 비교' }),
      ).toBeInTheDocument();
    } else {
      expect(link).toBeNull();
    }
  });

  it('shows mastery by API type', async () => {
    const store = fixtureStore();
    await renderApp('/progress', store);
    const section = screen
      .getByRole('heading', { name: 'API 유형별 숙련도' })
      .closest('section') as HTMLElement;
    const rest = within(section).getByText('REST API').closest('li') as HTMLElement;
    const studied = [a, b, c].filter((card) => card.apiTypes.includes('rest')).length;
    const total = DECK.filter((card) => card.apiTypes.includes('rest')).length;
    // Card a, Easy then Good eight days later, reaches a stability of 21+ days: mastered.
    expect(store.getState().cards[a.id]?.stability).toBeGreaterThanOrEqual(21);
    expect(rest).toHaveTextContent(`${total}장 중 학습 ${studied} · 익힘 1`);
  });
});

describe('weak cards', () => {
  it('three cards answered Again top /progress and /study/weak, and their rows are marked weak', async () => {
    const { user, unmount } = await renderApp('/study');
    const failed: string[] = [];
    for (let i = 0; i < 3; i++) {
      failed.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      await user.keyboard(' 1');
      now += 1000;
    }
    const failedCards = DECK.filter((card) => failed.includes(card.question.ko));
    expect(failedCards).toHaveLength(3);
    unmount();

    const progress = await renderApp('/progress');
    const list = screen
      .getByRole('heading', { name: '약한 카드 (3)' })
      .closest('section') as HTMLElement;
    const listed = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.weak-question')?.textContent);
    expect(listed.sort()).toEqual([...failed].sort());
    progress.unmount();

    const compare = await renderApp('/compare');
    for (const card of failedCards) {
      for (const rowId of card.rowIds) {
        const row = document.getElementById(rowId) as HTMLElement;
        expect(within(row).getByText('약함'), rowId).toBeInTheDocument();
      }
    }
    compare.unmount();

    const home = await renderApp('/');
    expect(
      await screen.findByText('자주 틀리거나 잊어 가는 카드가 3장 있습니다.'),
    ).toBeInTheDocument();
    await home.user.click(screen.getByRole('link', { name: '약한 카드 복습 (3장)' }));
    expect(await screen.findByText(/약한 카드 3장을 약한 순서대로 봅니다/)).toBeInTheDocument();
    const weakSession: string[] = [];
    for (let i = 0; i < 3; i++) {
      weakSession.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      await home.user.keyboard(' 4');
    }
    expect(weakSession.sort()).toEqual([...failed].sort());
    expect(
      screen.getByRole('heading', { name: '약한 카드 복습을 마쳤습니다' }),
    ).toBeInTheDocument();
  });

  it('the weak session is a real review: answers update the schedule', async () => {
    const store = createAppStore();
    rateCard(store, a.id, 1, now - 10 * 60_000);
    const { user } = await renderApp('/study/weak', store);
    expect(screen.getByRole('heading', { level: 2, name: a.question.ko })).toBeInTheDocument();
    await user.keyboard(' 4');
    expect(store.getState().log).toHaveLength(2);
    expect(store.getState().cards[a.id]?.due).toBeGreaterThan(now);
    expect(
      screen.getByRole('heading', { name: '약한 카드 복습을 마쳤습니다' }),
    ).toBeInTheDocument();
  });

  it('with no weak cards, home and /study/weak say so', async () => {
    await renderApp('/');
    expect(screen.getByText('지금은 약한 카드가 없습니다.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /약한 카드 복습/ })).not.toBeInTheDocument();
  });

  it('/study/weak with nothing weak offers a way home', async () => {
    await renderApp('/study/weak');
    expect(screen.getByRole('heading', { name: '약한 카드가 없습니다' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '홈으로' })).toBeInTheDocument();
  });

  it('a leech is marked as such', async () => {
    const store = createAppStore();
    let at = now - 200 * DAY;
    rateCard(store, a.id, 4, at);
    for (let i = 0; i < 8; i++) {
      at = (store.getState().cards[a.id]?.due ?? at) + DAY;
      rateCard(store, a.id, 1, at);
      at += 20 * 60_000;
      rateCard(store, a.id, 4, at);
    }
    expect(store.getState().cards[a.id]?.lapses).toBe(8);
    now = at + 60_000;
    await renderApp('/progress', store);
    expect(screen.getByText('거머리 카드(Leech): 8번 잊음')).toBeInTheDocument();
    expect(cardById(a.id)).toBeDefined();
  });
});

describe('a long weak-card list', () => {
  it('shows the 20 weakest and counts the rest, which the weak review still covers', async () => {
    const store = createAppStore();
    for (const card of DECK.slice(0, 25)) rateCard(store, card.id, 1, now - 60_000);
    await renderApp('/progress', store);
    const section = screen
      .getByRole('heading', { name: '약한 카드 (25)' })
      .closest('section') as HTMLElement;
    expect(within(section).getAllByRole('listitem')).toHaveLength(20);
    expect(
      within(section).getByText('외 5장은 약한 카드 복습에서 모두 다룹니다.'),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('link', { name: '약한 카드 복습 (25장)' }),
    ).toBeInTheDocument();
  });
});

describe('exam date', () => {
  it('home shows the days left, predicted recall on exam day, the weakest studied rows, and the rows not studied apart', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ examDate: '2026-04-09' }); // 30 days after TODAY_10AM
    // Three cards of one row each studied; every other row is not studied yet.
    const picked = DECK.filter((card) => card.rowIds.length === 1)
      .filter((card, i, all) => all.findIndex((c) => c.rowIds[0] === card.rowIds[0]) === i)
      .slice(0, 3);
    const studied = picked.map((card) => card.rowIds[0] as string);
    for (const card of picked) rateCard(store, card.id, 4, TODAY_10AM - 2 * DAY);
    const { user } = await renderApp('/', store);
    expect(await screen.findByText('시험까지 30일 남았습니다.')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: '시험 준비' });
    expect(panel).toHaveTextContent(
      /시험 날 예상 기억률 \(덱 전체, 안 배운 카드는 0\): \d+(\.\d)?%/,
    );
    const weakest = within(panel).getAllByRole('list')[1] as HTMLElement;
    const names = within(weakest)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Only rows with a studied card are ranked (a row never studied is not "weak").
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(studied.some((id) => name?.startsWith(rowName(id)))).toBe(true);
    }
    expect(panel).toHaveTextContent(/아직 학습하지 않은 비교 항목: \d+개/);
    await user.click(within(panel).getByRole('link', { name: '이 항목들 학습하기' }));
    expect(await screen.findByText(/이 항목의 카드만 학습합니다/)).toBeInTheDocument();
  });

  it("home shows the plan: the new cards a day to see every card 3 days before the exam, applied to today's count unless turned off", async () => {
    const store = createAppStore();
    // 30 days to the exam: 27 days for new cards. 3 cards seen two days ago.
    store.getState().updateSettings({ examDate: '2026-04-09', newPerDay: 5 });
    const seen = DECK.slice(0, 3);
    for (const card of seen) rateCard(store, card.id, 4, TODAY_10AM - 2 * DAY);
    const unseen = DECK.length - 3;
    const pace = Math.ceil(unseen / 27);
    const { user } = await renderApp('/', store);
    const panel = await screen.findByRole('region', { name: '시험 준비' });
    expect(panel).toHaveTextContent(
      `남은 새 카드 ${unseen}장을 시험 3일 전까지 모두 보려면 하루 ${pace}장: 오늘의 새 카드 한도로 씁니다.`,
    );
    const newToday = () => screen.getAllByRole('definition')[0]?.textContent;
    expect(newToday()).toBe(String(pace));

    // Turned off in settings: the learner's own 5 a day holds; the plan says what it needs.
    await user.click(screen.getByRole('link', { name: '설정' }));
    const follow = await screen.findByRole('checkbox', {
      name: '시험 날짜에 맞춰 하루 새 카드 수 정하기',
    });
    expect(follow).toBeChecked();
    await user.click(follow);
    expect(follow).not.toBeChecked();
    await user.click(screen.getByRole('link', { name: '홈' }));
    expect(await screen.findByText(/설정에서 켜면 오늘의 한도로 씁니다/)).toBeInTheDocument();
    expect(newToday()).toBe('5');
  });

  it('in the final days, home counts every studied card not seen since they began, and study shows the lowest recall first', async () => {
    const store = createAppStore();
    // The exam in 2 days: the final 3 days began yesterday.
    store.getState().updateSettings({ examDate: '2026-03-12' });
    // Six cards well known (due weeks after the exam), one of them seen yesterday.
    const known = DECK.slice(0, 6);
    known.forEach((card, i) => {
      rateCard(store, card.id, 3, TODAY_10AM - (60 + i) * DAY);
      rateCard(store, card.id, 4, TODAY_10AM - (40 - i * 5) * DAY);
    });
    rateCard(store, must(known[5]).id, 3, TODAY_10AM - DAY);
    const due = Object.values(store.getState().cards).filter((c) => c.due < TODAY_10AM + DAY);
    expect(due).toEqual([]);
    const { user } = await renderApp('/', store);
    expect(
      await screen.findByText('시험 전 마지막 3일입니다: 새 카드보다 복습에 집중할 때입니다.'),
    ).toBeInTheDocument();
    const count = screen.getByText('복습 예정', { selector: 'dt' }).nextElementSibling;
    expect(count).toHaveTextContent('5');
    // Lowest predicted recall on exam day first: the card reviewed longest ago leads.
    await user.click(screen.getByRole('link', { name: '학습' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: must(known[0]).question.ko }),
    ).toBeInTheDocument();
  });

  it('is set (and cleared) in settings; without it home shows no exam panel', async () => {
    const { user, unmount } = await renderApp('/settings');
    await user.type(screen.getByLabelText('시험 날짜 (선택)'), '2026-05-01');
    unmount();
    // Reloaded, home counts down to the date, and settings show it.
    const home = await renderApp('/', createAppStore());
    expect(await screen.findByText('시험까지 52일 남았습니다.')).toBeInTheDocument();
    await home.user.click(screen.getByRole('link', { name: '설정' }));
    const input = await screen.findByLabelText('시험 날짜 (선택)');
    expect(input).toHaveValue('2026-05-01');
    await home.user.clear(input);
    expect(input).toHaveValue('');
    home.unmount();
    await renderApp('/', createAppStore());
    expect(screen.queryByRole('region', { name: '시험 준비' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^시험까지/)).not.toBeInTheDocument();
  });
});
