import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadDeckOrder } from '../src/content/deck-order.ts';
import { loadCatalog, loadPageMessages } from '../src/i18n/messages.ts';

// The app loads the English catalog and the pages' Korean messages on demand; tests
// switch languages and pages synchronously.
await loadCatalog('ko');
await loadCatalog('en');
await loadPageMessages();
// As src/main.tsx does before the app draws.
await loadDeckOrder();

// Pages are lazy chunks, transformed on their first import: on a shared 2-core machine
// that can take more than the default second, which is not what these tests measure.
configure({ asyncUtilTimeout: 5000 });

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

// jsdom does not know the <search> element (browsers have had it since 2023) and makes it
// an HTMLUnknownElement, which React (in development) reports on console.error as "The tag
// <search> is unrecognized in this browser". Browsers make it a plain HTMLElement: say so
// for <search> only, so that a misspelt tag is still reported.
if (
  Object.prototype.toString.call(document.createElement('search')) === '[object HTMLUnknownElement]'
) {
  Object.defineProperty(HTMLUnknownElement.prototype, Symbol.toStringTag, {
    configurable: true,
    get(this: unknown) {
      return this instanceof HTMLElement && this.localName === 'search'
        ? 'HTMLElement'
        : 'HTMLUnknownElement';
    },
  });
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  // A test that patches a global (vi.spyOn on URL, a prototype or navigator; vi.stubGlobal)
  // leaves it as it found it, also when it fails half way.
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});
