import { screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The deck's data fails to load once (offline before it was cached), then loads.
let contentFails = true;
vi.mock('virtual:data/content', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:data/content')>();
  return {
    load: () => (contentFails ? Promise.reject(new Error('offline')) : real.load()),
  };
});

// The shortcut overlay's code cannot load (a deploy removed it under an open tab).
vi.mock('../../src/components/shortcut-help.tsx', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('a page whose data could not load says so, and "try again" loads it without a reload', async () => {
  // React reports the error it caught; that report is expected here.
  const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { user } = await renderApp('/compare');
  expect(await screen.findByRole('alert')).toHaveTextContent('문제가 발생했습니다');
  expect(screen.getByRole('alert')).toHaveTextContent('학습 기록은 안전합니다');
  contentFails = false;
  await user.click(screen.getByRole('button', { name: '다시 시도' }));
  expect(await screen.findByRole('heading', { level: 1, name: /비교/ })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(report).toHaveBeenCalled();
  report.mockRestore();
});

it('an overlay whose code cannot load leaves the page as it is', async () => {
  const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { user } = await renderApp('/');
  await user.keyboard('?');
  // React reports the failed load once it has given up on it.
  await vi.waitFor(() => expect(report).toHaveBeenCalled());
  expect(screen.getByRole('heading', { level: 1, name: '오늘의 학습' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
  report.mockRestore();
});
