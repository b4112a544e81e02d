import { load as loadEnglish } from 'virtual:data/messages-en';
import { load as loadKoreanPages } from 'virtual:data/messages-ko-pages';
import { type CoreMessageKey, ko } from './ko';
import type { PageMessageKey } from './ko-pages';

export type MessageKey = CoreMessageKey | PageMessageKey;
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

type Catalog = Readonly<Partial<Record<MessageKey, string>>>;

// The Korean messages the first page needs ship with it; the other pages' Korean messages
// arrive with the first other page (loadPageMessages); English is a chunk of its own,
// loaded when chosen.
const catalogs: Partial<Record<Lang, Catalog>> = { ko };
const listeners = new Set<() => void>();
let pagesLoaded: Promise<void> | null = null;

export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** Loads `lang`'s messages (once); subscribers re-render when it arrives. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (catalogs[lang]) return;
  if (lang === 'en') catalogs.en = await loadEnglish();
  for (const listener of listeners) listener();
}

/** Loads the Korean messages of the pages beyond home (once); pages await it. */
export function loadPageMessages(): Promise<void> {
  pagesLoaded ??= loadKoreanPages().then((koPages) => {
    catalogs.ko = { ...catalogs.ko, ...koPages };
  });
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
  const template = (catalogs[lang] ?? catalogs.ko)?.[key] ?? ko[key as CoreMessageKey] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
