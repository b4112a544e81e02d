import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock';
import { cardById, cardIdsForRow } from '../../src/content/deck';
import { renderApp } from './render-app';

const T0 = Date.UTC(2026, 2, 10, 1, 0);

beforeEach(() => {
  vi.spyOn(clock, 'now').mockImplementation(() => T0);
});

// API keys: REST and WebSocket APIs support them, so the right choice is "more than one".
const API_KEYS = 'feat.api-keys';
const choices = () => screen.getByRole('group', { name: /답 고르기/ });

describe('quiz mode', () => {
  it('offers REST / HTTP / WebSocket / more than one on a "which API type" card', async () => {
    expect(cardIdsForRow(API_KEYS)[0]).toBe(`${API_KEYS}.which`);
    await renderApp(`/study?row=${API_KEYS}`);
    const names = within(choices())
      .getAllByRole('button')
      .map((b) => b.textContent?.replace(/\d$/, ''));
    expect(names).toEqual(['REST API', 'HTTP API', 'WebSocket API', '둘 이상']);
  });

  it('a right pick is marked right on reveal and Good is suggested; the learner still chooses', async () => {
    const { user, store } = await renderApp(`/study?row=${API_KEYS}`);
    await user.click(within(choices()).getByRole('button', { name: /둘 이상/ }));
    expect(within(choices()).getByRole('button', { name: /둘 이상/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(store.getState().log).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /정답 보기/ }));

    const answer = screen.getByRole('region', { name: '정답' });
    expect(answer).toHaveTextContent('맞았습니다. "알맞음"(3)을 권합니다.');
    expect(within(choices()).getByRole('button', { name: /둘 이상/ })).toHaveTextContent('✓ 정답');
    expect(screen.getByRole('button', { name: /^알맞음: .*권장$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^다시: .*권장$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^다시:/ }));
    expect(store.getState().log.map((e) => e.rating)).toEqual([1]);
  });

  it('number keys pick before the reveal and rate after; a wrong pick names the answer', async () => {
    const { user, store } = await renderApp(`/study?row=${API_KEYS}`);
    await user.keyboard('1');
    await user.keyboard('2');
    expect(within(choices()).getByRole('button', { name: /HTTP API/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(choices()).getByRole('button', { name: /REST API/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(store.getState().log).toHaveLength(0);

    await user.keyboard(' ');
    const answer = screen.getByRole('region', { name: '정답' });
    expect(answer).toHaveTextContent('틀렸습니다. 정답은 "둘 이상"입니다. "다시"(1)를 권합니다.');
    expect(within(choices()).getByRole('button', { name: /HTTP API/ })).toHaveTextContent(
      '✗ 내 선택',
    );
    expect(screen.getByRole('button', { name: /^다시: .*권장$/ })).toBeInTheDocument();

    await user.keyboard('3');
    expect(store.getState().log.map((e) => e.rating)).toEqual([3]);
    // The next card starts without a pick.
    expect(screen.queryByRole('button', { pressed: true })).not.toBeInTheDocument();
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
    expect(store.getState().settings.quiz).toBe(false);

    await user.click(screen.getByRole('link', { name: '학습' }));
    await screen.findByRole('button', { name: /정답 보기/ });
    expect(screen.queryByRole('group', { name: /답 고르기/ })).not.toBeInTheDocument();
    await user.keyboard('2');
    expect(screen.queryByRole('button', { pressed: true })).not.toBeInTheDocument();
    expect(store.getState().log).toHaveLength(0);
  });
});
