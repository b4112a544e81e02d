import { load as loadEnglish } from 'virtual:data/messages-en';
import { load as loadKorean } from 'virtual:data/messages-ko';
import { load as loadKoreanPages } from 'virtual:data/messages-ko-pages';
import type { CoreMessageKey } from './ko.ts';
import type { PageMessageKey } from './ko-pages.ts';

export type MessageKey = CoreMessageKey | PageMessageKey;
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

type Catalog = Readonly<Partial<Record<MessageKey, string>>>;

// Messages are data files, not code: the Korean messages the first page needs (requested
// with the page, see vite.config.ts), the other pages' Korean messages with the first other
// page (loadPageMessages), and English when chosen. src/main.tsx loads the learner's
// language before the app draws.
const catalogs: Partial<Record<Lang, Catalog>> = {};
const listeners = new Set<() => void>();
/** The first page's Korean messages are in (the pages' may arrive before them). */
let koreanLoaded = false;
let pagesLoaded: Promise<void> | null = null;

export function hasCatalog(lang: Lang): boolean {
  return lang === 'ko' ? koreanLoaded : catalogs.en !== undefined;
}

/** Loads `lang`'s messages (once); subscribers re-render when it arrives. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (lang === 'en') {
    if (catalogs.en) return;
    catalogs.en = await loadEnglish();
  } else {
    if (koreanLoaded) return;
    const core = await loadKorean();
    // The pages' messages may have arrived first: keep them.
    catalogs.ko = { ...core, ...catalogs.ko };
    koreanLoaded = true;
  }
  for (const listener of listeners) listener();
}

/** Loads the Korean messages of the pages beyond home (once); pages await it. */
export function loadPageMessages(): Promise<void> {
  pagesLoaded ??= loadKoreanPages().then(
    (koPages) => {
      catalogs.ko = { ...catalogs.ko, ...koPages };
    },
    (error: unknown) => {
      // Not kept: the next page that asks tries again.
      pagesLoaded = null;
      throw error;
    },
  );
  return pagesLoaded;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Readonly<Record<string, string | number>>;

/** The one lookup: message for `key` in `lang`, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // A key can be missing only if a page rendered before its messages loaded: show the key
  // rather than nothing, so the gap is visible in development.
  const template = catalogs[lang]?.[key] ?? catalogs.ko?.[key] ?? key;
  return params ? formatMessage(lang, template, params) : template;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

// `{name, plural, one {…} other {…}}`, each form holding text and `{name}` placeholders.
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+ \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=?\w+) \{((?:[^{}]|\{\w+\})*)\}/g;

/**
 * Fills a message: `{name}` takes the parameter, and ICU's plural form
 * `{count, plural, one {# card} other {# cards}}` picks the form `Intl.PluralRules` gives
 * for the number (`=0`-style exact matches first), `#` standing for the number. Only this
 * subset of ICU MessageFormat is read: English needs plurals, Korean does not.
 */
export function formatMessage(lang: Lang, template: string, params: Params): string {
  return template
    .replace(PLURAL, (whole, name: string, body: string) => {
      const n = Number(params[name]);
      if (!(name in params) || !Number.isFinite(n)) return whole;
      const forms = new Map([...body.matchAll(FORM)].map((m) => [m[1], m[2]]));
      const form = forms.get(`=${n}`) ?? forms.get(pluralCategory(lang, n)) ?? forms.get('other');
      return form === undefined ? whole : form.replaceAll('#', String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** Korean unless the browser prefers a language we have. */
export function preferredLang(browserLangs: readonly string[]): Lang {
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'ko';
}

export function browserLangs(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export type Translate = (key: MessageKey, params?: Params) => string;
