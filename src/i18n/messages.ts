import { en } from './en';
import { ko, type MessageKey } from './ko';

export type { MessageKey };
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { ko, en };

export type Params = Readonly<Record<string, string | number>>;

/** The one lookup: message for `key` in `lang`, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogs[lang][key];
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

export type Translate = (key: MessageKey, params?: Params) => string;
