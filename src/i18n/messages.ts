import { ko, type MessageKey } from './ko';

export type { MessageKey };
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

type Catalog = Readonly<Record<MessageKey, string>>;

// Korean ships with every page; English is a chunk of its own, loaded when chosen.
const catalogs: Partial<Record<Lang, Catalog>> = { ko };
const listeners = new Set<() => void>();

export function hasCatalog(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** Loads `lang`'s messages (once); subscribers re-render when it arrives. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (catalogs[lang]) return;
  if (lang === 'en') catalogs.en = (await import('./en')).en;
  for (const listener of listeners) listener();
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Readonly<Record<string, string | number>>;

/** The one lookup: message for `key` in `lang`, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = (catalogs[lang] ?? ko)[key];
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
