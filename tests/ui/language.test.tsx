import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../src/app/clock.ts';
import { DECK } from '../../src/content/deck.ts';
import { en } from '../../src/i18n/en.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { rateCard } from '../../src/store/review-actions.ts';
import { renderApp } from './render-app.tsx';

const NOW = Date.UTC(2026, 2, 10, 1, 0);
beforeEach(() => {
  vi.spyOn(clock, 'now').mockImplementation(() => NOW);
});

const HANGUL = /[\uac00-\ud7a3]/;
const KEYS = Object.keys(en);

function studiedStore(lang: 'ko' | 'en') {
  const store = createAppStore();
  store.getState().updateSettings({ lang });
  for (const card of DECK.slice(0, 4)) rateCard(store, card.id, 1, NOW - 86_400_000);
  return store;
}

/** Visible text of the page, minus what is not UI text (none of it is hidden content). */
function pageText(): string {
  return document.body.textContent ?? '';
}

describe('switching the language', () => {
  it.each(['/', '/study', '/compare', '/progress'])(
    'in English, %s shows no Korean and no raw message key',
    async (path) => {
      await renderApp(path, studiedStore('en'));
      await screen.findAllByRole('heading');
      const text = pageText();
      expect(text.match(new RegExp(`${HANGUL.source}.{0,20}`))?.[0] ?? null).toBeNull();
      expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
    },
  );

  it.each(['/', '/study', '/compare', '/progress'])(
    'in Korean, %s shows Korean UI text and no raw message key',
    async (path) => {
      await renderApp(path, studiedStore('ko'));
      await screen.findAllByRole('heading');
      const text = pageText();
      expect(text).toMatch(HANGUL);
      expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
    },
  );
});
