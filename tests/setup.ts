import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadCatalog, loadPageMessages } from '../src/i18n/messages';

// The app loads the English catalog and the pages' Korean messages on demand; tests
// switch languages and pages synchronously.
await loadCatalog('en');
await loadPageMessages();

// The learner's browser prefers Korean unless a test says otherwise.
Object.defineProperty(window.navigator, 'languages', { value: ['ko-KR'], configurable: true });

// jsdom has no <dialog> methods: open and close it as browsers do, minus inertness.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
  this.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
