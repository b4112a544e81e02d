import { useMemo } from 'react';
import { type Lang, type Params, preferredLang, type Translate, translate } from '../i18n/messages';
import { useAppStore } from '../store/store-context';

function browserLangs(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The chosen language (or the browser's) and the lookup bound to it. */
export function useT(): { t: Translate; lang: Lang } {
  const chosen = useAppStore((s) => s.settings.lang);
  const lang = chosen ?? preferredLang(browserLangs());
  return useMemo(
    () => ({ lang, t: (key, params?: Params) => translate(lang, key, params) }),
    [lang],
  );
}
