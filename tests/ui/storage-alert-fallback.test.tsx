import { screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The alert's chunk cannot be loaded (as when a deploy removed it under an open tab).
vi.mock('../../src/app/storage-alert.tsx', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('if the storage alert cannot load, the learner still sees what went wrong', async () => {
  localStorage.setItem('apigw-flashcards', '{"state":{"cards":');
  await renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    '저장된 학습 기록 일부가 손상되었습니다',
  );
  expect(screen.getByRole('heading', { level: 1, name: '오늘의 학습' })).toBeInTheDocument();
});
