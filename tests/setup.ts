import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// The learner's browser prefers Korean unless a test says otherwise.
Object.defineProperty(window.navigator, 'languages', { value: ['ko-KR'], configurable: true });

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
