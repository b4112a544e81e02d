import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { koPages } from '../../src/i18n/ko-pages';

const korean: Record<string, string> = { ...ko, ...koPages };

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
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
});
