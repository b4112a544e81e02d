import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { DECK } from '../../src/content/deck.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

const T0 = Date.UTC(2026, 2, 10, 1, 0);
let now = T0;

beforeEach(() => {
  now = T0;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const first = DECK[0];
const second = DECK[1];
if (!first || !second) throw new Error('the deck needs at least two cards');

function count(label: string): string | null | undefined {
  const region = screen.getByRole('definition', {
    name: (_, el) => el.previousElementSibling?.textContent === label,
  });
  return region.textContent;
}

describe('home', () => {
  it("shows today's counts and starts studying", async () => {
    const { user } = await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: '오늘의 학습' })).toBeInTheDocument();
    expect(count('새 카드')).toBe('20');
    expect(count('복습 예정')).toBe('0');
    await user.click(screen.getByRole('link', { name: '학습 시작' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: first.question.ko }),
    ).toBeInTheDocument();
  });

  it('says when the next card is due once nothing is due', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1 });
    rateCard(store, first.id, 4, T0);
    await renderApp('/', store);
    expect(screen.getByText('지금 복습할 카드가 없습니다.')).toBeInTheDocument();
    expect(screen.getByText(/^다음 카드: \d+일 후$/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '학습 시작' })).not.toBeInTheDocument();
  });
});

describe('study', () => {
  it('reveals the answer, rates it, shows the next card, and the counts change', async () => {
    const { user } = await renderApp('/study');
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '정답' })).not.toBeInTheDocument();
    expect(count('새 카드')).toBe('20');

    await user.click(screen.getByRole('button', { name: /정답 보기/ }));
    const answer = screen.getByRole('region', { name: '정답' });
    expect(within(answer).getByText(first.answer.ko)).toBeInTheDocument();
    expect(within(answer).getByText(first.explanation.ko, { exact: false })).toBeInTheDocument();

    const good = screen.getByRole('button', { name: /^알맞음: 다음 복습 10분 후/ });
    expect(screen.getByRole('button', { name: /^다시: 다음 복습 1분 후/ })).toBeInTheDocument();
    await user.click(good);

    expect(screen.getByRole('heading', { name: second.question.ko })).toBeInTheDocument();
    expect(count('새 카드')).toBe('19');
  });

  it('works by keyboard: Space reveals, 1-4 rate, and only after the answer shows', async () => {
    const { user, store } = await renderApp('/study');
    await user.keyboard('3');
    expect(store.getState().log).toHaveLength(0);
    expect(screen.queryByRole('group', { name: '얼마나 잘 기억했나요?' })).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: '정답' })).toBeInTheDocument();
    await user.keyboard('3');
    expect(screen.getByRole('heading', { name: second.question.ko })).toBeInTheDocument();

    await user.keyboard('{Enter}');
    await user.keyboard('1');
    expect(count('새 카드')).toBe('18');
    const rated = (id: string) => store.getState().log.find((e) => e.cardId === id)?.rating;
    expect([rated(first.id), rated(second.id)]).toEqual([3, 1]);
  });

  it('undo brings back the last card and its counts (button, U and Ctrl+Z)', async () => {
    const { user } = await renderApp('/study');
    const undo = screen.getByRole('button', { name: '실행 취소' });
    expect(undo).toBeDisabled();

    await user.keyboard(' 3');
    expect(screen.getByRole('heading', { name: second.question.ko })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '실행 취소' }));
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();
    expect(count('새 카드')).toBe('20');

    await user.keyboard(' 4');
    await user.keyboard('u');
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();

    await user.keyboard(' 2');
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();
    expect(count('새 카드')).toBe('20');
  });

  it('with nothing else due, a card answered Again comes back at once (learn ahead), not after a wait', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1 });
    const { user } = await renderApp('/study', store);
    await user.keyboard(' 1');
    expect(screen.queryByRole('heading', { name: '잠시 후 다음 카드' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();
  });

  it('past the learn-ahead limit, the waiting screen says when, then the card comes back by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Testing Library advances fake timers only when it sees a `jest` global.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 1, learnAheadMinutes: 0 });
    const { user } = await renderApp('/study', store, { fakeTimers: true });
    await user.keyboard(' 1');
    expect(screen.getByRole('heading', { name: '잠시 후 다음 카드' })).toBeInTheDocument();
    expect(
      screen.getByText(
        '학습 중인 카드가 1분 후 돌아옵니다. 이 화면을 열어 두면 자동으로 이어집니다.',
      ),
    ).toBeInTheDocument();
    now = T0 + 61_000;
    await act(() => vi.advanceTimersByTimeAsync(61_000));
    expect(screen.getByRole('heading', { name: first.question.ko })).toBeInTheDocument();
  });

  it('ends with a done screen that takes focus: the summary and when the next card is due', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 2 });
    const { user } = await renderApp('/study', store);
    await user.keyboard(' 4');
    await user.keyboard(' 4');
    const heading = screen.getByRole('heading', { name: '오늘 학습을 마쳤습니다' });
    // After the last card is rated by keyboard, focus is on the end screen, not <body>.
    expect(heading).toHaveFocus();
    expect(screen.getByText('첫 시도 정답률 · 2장 중 2장')).toBeInTheDocument();
    expect(screen.getByText('100%')).toBeInTheDocument();
    expect(screen.getByText(/^다음 카드는 \d+일 후에 돌아옵니다\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '홈으로' }));
    expect(screen.getByRole('heading', { level: 1, name: '오늘의 학습' })).toBeInTheDocument();
  });
});

/** The figure next to `label` in the session summary. */
function figure(label: string): string | null {
  const summary = document.querySelector('.session-summary') as HTMLElement;
  const term = within(summary).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

describe('session summary', () => {
  it('counts cards, first-try accuracy, answers by kind and capped active time; the retry of missed cards is practice', async () => {
    const store = createAppStore();
    store.getState().updateSettings({ newPerDay: 2, bury: false });
    const { user } = await renderApp('/study', store);
    await user.keyboard(' 1'); // first: Again (shown and answered at T0: 0 s)
    now = T0 + 120_000; // two minutes on the second card: it counts 60 s
    await user.keyboard(' 4'); // second: Easy
    expect(screen.getByRole('heading', { level: 2, name: first.question.ko })).toBeInTheDocument();
    now += 15_000; // 15 s on the missed card
    await user.keyboard(' 4'); // the missed card again, Easy
    expect(screen.getByRole('heading', { name: '오늘 학습을 마쳤습니다' })).toBeInTheDocument();
    expect(screen.getByText('첫 시도 정답률 · 2장 중 1장')).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(figure('카드')).toBe('2');
    expect(figure('새 카드')).toBe('2');
    expect(figure('학습 단계')).toBe('1');
    expect(figure('복습')).toBe('0');
    expect(figure('연습')).toBe('0');
    expect(figure('답한 시간')).toBe('1분 15초');
    const missed = screen.getByRole('heading', { name: '틀린 카드 (1장)' });
    expect(missed.nextElementSibling).toHaveTextContent(first.question.ko);

    const before = store.getState().cards[first.id];
    await user.click(screen.getByRole('button', { name: '틀린 카드 다시 보기 (1장)' }));
    expect(screen.getByRole('heading', { level: 2, name: first.question.ko })).toBeInTheDocument();
    expect(screen.getByText(/^연습: 아직 복습할 때가 아닌 카드라/)).toBeInTheDocument();
    await user.keyboard(' 3');
    expect(
      screen.getByRole('heading', { name: '틀린 카드를 다시 보았습니다' }),
    ).toBeInTheDocument();
    expect(figure('연습')).toBe('1');
    const log = store.getState().log;
    expect(log).toHaveLength(4);
    expect(log[3]?.practice).toBe(true);
    // Practice leaves the schedule as it was (only the record of answers grows).
    const after = store.getState().cards[first.id];
    expect({ ...after, basis: 0 }).toEqual({ ...before, basis: 0 });
  });
});

describe('app shell', () => {
  it('an unknown path shows a not-found page with a way home', async () => {
    const { user } = await renderApp('/no/such/page');
    expect(screen.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByText(/\/no\/such\/page/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '홈으로 가기' }));
    expect(screen.getByRole('heading', { level: 1, name: '오늘의 학습' })).toBeInTheDocument();
  });

  it('the navigation shows only routes that exist', async () => {
    await renderApp('/');
    const nav = screen.getByRole('navigation', { name: '주 메뉴' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['홈', '학습', '비교', '진행', '설정']);
  });

  it('corrupt stored data: the learner is told, and can download it', async () => {
    localStorage.setItem('apigw-flashcards', '{"state":{"cards":');
    const { user } = await renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('저장된 학습 기록 일부가 손상되었습니다');
    expect(alert).toHaveTextContent(
      '복습 기록 0개를 복구했습니다. 전혀 읽을 수 없는 값 1개에 기록이 더 있었을 수 있습니다.',
    );
    expect(alert).toHaveTextContent('손상된 원래 값은 지우지 않고 보관했습니다.');
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(alert).getByRole('button', { name: '손상된 원래 데이터 내려받기' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    await user.click(within(alert).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
