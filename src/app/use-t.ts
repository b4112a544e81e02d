import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  browserLangs,
  hasCatalog,
  type Lang,
  loadCatalog,
  type Params,
  preferredLang,
  subscribeCatalogs,
  type Translate,
  translate,
} from '../i18n/messages.ts';
import { useAppStore } from '../store/store-context.tsx';

/** The chosen language (or the browser's) and the lookup bound to it. */
export function useT(): { t: Translate; lang: Lang } {
  const chosen = useAppStore((s) => s.settings.lang);
  const wanted = chosen ?? preferredLang(browserLangs());
  const ready = useSyncExternalStore(
    subscribeCatalogs,
    () => hasCatalog(wanted),
    () => hasCatalog(wanted),
  );
  useEffect(() => {
    // If the catalog cannot load (offline before it was cached), the language that is here
    // stays; choosing the language again, or the next visit, tries again.
    if (!ready) loadCatalog(wanted).catch(() => undefined);
  }, [ready, wanted]);
  // Until a newly chosen language arrives (a few ms), keep showing the one that is here.
  const lang: Lang = ready ? wanted : wanted === 'ko' ? 'en' : 'ko';
  return useMemo(
    () => ({ lang, t: (key, params?: Params) => translate(lang, key, params) }),
    [lang],
  );
}
