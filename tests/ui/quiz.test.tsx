import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { cardById, cardIdsForRow, DECK } from '../../src/content/deck.ts';
import { renderApp } from './render-app.tsx';

const T0 = Date.UTC(2026, 2, 10, 1, 0);

beforeEach(() => {
  vi.spyOn(clock, 'now').mockImplementation(() => T0);
});

// API keys: REST and WebSocket APIs support them: the right picks are those two.
const API_KEYS = 'feat.api-keys';
const choices = () => screen.getByRole('group', { name: /답 고르기/ });
const choice = (name: RegExp) => within(choices()).getByRole('button', { name });

describe('quiz mode', () => {
  it('offers REST / HTTP / WebSocket on a "which API type" card, to pick every type that applies', async () => {
    expect(cardIdsForRow(API_KEYS)[0]).toBe(`${API_KEYS}.which`);
    await renderApp(`/study?row=${API_KEYS}`);
    expect(choices()).toHaveAccessibleName(/해당하는 API 유형을 모두/);
    const names = within(choices())
      .getAllByRole('button')
      .map((b) => b.textContent?.replace(/\d$/, '').trim());
    expect(names).toEqual(['REST API', 'HTTP API', 'WebSocket API']);
  });

  it('right picks are marked right on reveal and Good is suggested; the learner still chooses', async () => {
    const { user, store } = await renderApp(`/study?row=${API_KEYS}`);
    await user.click(choice(/REST API/));
    await user.click(choice(/WebSocket API/));
    expect(choice(/REST API/)).toHaveAttribute('aria-pressed', 'true');
    expect(choice(/WebSocket API/)).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().log).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /정답 보기/ }));

    const answer = screen.getByRole('region', { name: '정답' });
    expect(answer).toHaveTextContent('맞았습니다. "알맞음"(3)을 권합니다.');
    expect(choice(/REST API/)).toHaveTextContent('✓ 정답');
    expect(choice(/WebSocket API/)).toHaveTextContent('✓ 정답');
    expect(screen.getByRole('button', { name: /^알맞음: .*권장$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^다시: .*권장$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^다시:/ }));
    expect(store.getState().log.map((e) => e.rating)).toEqual([1]);
  });

  it('number keys toggle picks before the reveal and rate after; a partial pick is wrong and the answer names the types', async () => {
    const { user, store } = await renderApp(`/study?row=${API_KEYS}`);
    await user.keyboard('1');
    await user.keyboard('2');
    await user.keyboard('2');
    expect(choice(/REST API/)).toHaveAttribute('aria-pressed', 'true');
    expect(choice(/HTTP API/)).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().log).toHaveLength(0);

    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: '정답' });
    expect(answer).toHaveTextContent(
      '틀렸습니다. 정답은 "REST API, WebSocket API"입니다. "다시"(1)를 권합니다.',
    );
    expect(choice(/REST API/)).toHaveTextContent('✓ 정답');
    expect(choice(/WebSocket API/)).toHaveTextContent('✓ 정답');
    expect(screen.getByRole('button', { name: /^다시: .*권장$/ })).toBeInTheDocument();

    await user.keyboard('3');
    expect(store.getState().log.map((e) => e.rating)).toEqual([3]);
    // The next card starts without a pick.
    expect(screen.queryByRole('button', { pressed: true })).not.toBeInTheDocument();
  });

  it('a scenario card shows its options A-E; "choose two" takes two picks, and the reveal says why each wrong option is wrong', async () => {
    const scenario = DECK.find((c) => c.choices?.correct.length === 2);
    if (!scenario?.choices) throw new Error('the deck has a choose-two scenario');
    const { correct, why, options } = scenario.choices;
    const { user } = await renderApp(`/study?card=${scenario.id}`);
    expect(choices()).toHaveAccessibleName(/두 개/);
    const buttons = within(choices()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
    const wrong = [0, 1, 2, 3, 4].filter((i) => !correct.includes(i));
    // Three picks: the first lets go.
    for (const i of [wrong[0], ...correct] as number[]) await user.keyboard(String(i + 1));
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true')).toHaveLength(2);
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: '정답' })).toHaveTextContent('맞았습니다.');
    for (const i of wrong) {
      expect(within(choices()).getAllByRole('button')[i]).toHaveTextContent(why[i]?.ko ?? '-');
    }
    expect(within(choices()).getAllByRole('button')[correct[0] as number]).toHaveTextContent(
      options[correct[0] as number]?.ko ?? '-',
    );
  });

  it('without a pick the reveal shows no verdict and suggests nothing', async () => {
    const { user } = await renderApp(`/study?row=${API_KEYS}`);
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: '정답' })).not.toHaveTextContent(
      /맞았습니다|틀렸습니다/,
    );
    expect(screen.queryByRole('group', { name: /답 고르기/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /권장$/ })).not.toBeInTheDocument();
  });

  it('cards that do not ask for an API type get no choices', async () => {
    // The cost row starts with a free-answer card on what HTTP APIs save.
    expect(cardIdsForRow('feat.cost')[0]).toBe('cost.up-to-71.qa');
    await renderApp('/study?row=feat.cost');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      cardById('cost.up-to-71.qa')?.question.ko ?? '-',
    );
    expect(screen.queryByRole('group', { name: /답 고르기/ })).not.toBeInTheDocument();
  });

  it('turned off in settings: no choices, and 1-4 do nothing before the reveal', async () => {
    const { user, store } = await renderApp('/settings');
    const toggle = screen.getByRole('checkbox', { name: /퀴즈 모드/ });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: '학습' }));
    await screen.findByRole('button', { name: /정답 보기/ });
    expect(screen.queryByRole('group', { name: /답 고르기/ })).not.toBeInTheDocument();
    await user.keyboard('2');
    expect(screen.queryByRole('button', { pressed: true })).not.toBeInTheDocument();
    expect(store.getState().log).toHaveLength(0);
  });
});
