import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { koPages } from '../../src/i18n/ko-pages.ts';
import { formatMessage } from '../../src/i18n/messages.ts';

const korean: Record<string, string> = { ...ko, ...koPages };
/** Parameters that carry words, not numbers. */
const TEXT_PARAMS = new Set(['name', 'names', 'ids', 'date', 'file', 'path', 'reason', 'item']);

describe('message catalogs', () => {
  it('Korean and English have exactly the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(korean).sort());
    for (const [key, text] of Object.entries(korean)) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });

  it('no key is defined twice across the two Korean parts', () => {
    const twice = Object.keys(ko).filter((k) => k in koPages);
    expect(twice).toEqual([]);
  });

  it('each message uses the same {placeholders} in both languages', () => {
    // A plain `{name}` or an ICU plural `{name, plural, ...}`, not a plural's form `one {…}`.
    const param = /(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|\s*,\s*plural\s*,)/g;
    const names = (text: string) => [...new Set([...text.matchAll(param)].map((m) => m[1]))].sort();
    for (const key of Object.keys(korean)) {
      expect(names(en[key as keyof typeof en]), key).toEqual(names(korean[key] as string));
    }
  });

  it('English messages contain no Korean, except the bilingual labels', () => {
    const bilingual = new Set(['settings.language', 'settings.languageAuto', 'settings.theme']);
    for (const [key, text] of Object.entries(en)) {
      if (!bilingual.has(key)) expect(text, key).not.toMatch(/[\uac00-\ud7a3]/);
    }
  });

  it('English says "1 card" and "2 cards": no message reads "1 cards", "1 days" or "1 reviews"', () => {
    const nouns =
      /\b1 (?:[a-z-]+ )?(cards|days|weeks|reviews|rows|times|values|answers|comparison rows)\b/;
    for (const [key, text] of Object.entries(en)) {
      const one = Object.fromEntries(
        [...text.matchAll(/\{(\w+)/g)].map((m) => {
          const name = m[1] as string;
          return [name, TEXT_PARAMS.has(name) ? 'X' : 1] as const;
        }),
      );
      expect(formatMessage('en', text, one), key).not.toMatch(nouns);
      expect(formatMessage('en', text, one), key).not.toMatch(/[{}]/);
    }
  });
});

describe('formatMessage', () => {
  const cards = 'Deck: {count, plural, =0 {no cards} one {# card} other {# cards}} for {name}';

  it.each([
    [0, 'Deck: no cards for REST'],
    [1, 'Deck: 1 card for REST'],
    [2, 'Deck: 2 cards for REST'],
    [21, 'Deck: 21 cards for REST'],
  ])('picks the form for %i by Intl.PluralRules, exact matches first', (count, text) => {
    expect(formatMessage('en', cards, { count, name: 'REST' })).toBe(text);
  });

  it('Korean has one form; # stands for the number, not for a # inside a parameter', () => {
    expect(formatMessage('ko', '{count, plural, other {#장}}', { count: 1 })).toBe('1장');
    expect(
      formatMessage('en', '{count, plural, one {# in {id}} other {# in {id}}}', {
        count: 1,
        id: 'a#b',
      }),
    ).toBe('1 in a#b');
  });

  it('leaves a placeholder with no parameter as written', () => {
    expect(formatMessage('en', '{count} of {total, plural, one {# row} other {# rows}}', {})).toBe(
      '{count} of {total, plural, one {# row} other {# rows}}',
    );
  });
});
