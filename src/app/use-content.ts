import { load as loadContentData } from 'virtual:data/content';
import { use } from 'react';
import type { Content } from '../content/content-index.ts';

let loaded: Content | null = null;
let loading: Promise<Content> | null = null;

/** Loads the deck and the comparison once; pages that show them await it before rendering. */
export function loadContent(): Promise<Content> {
  // The deck builder comes with the data, not with the first page.
  loading ??= Promise.all([loadContentData(), import('../content/content-index.ts')]).then(
    ([data, { indexContent }]) => {
      loaded = indexContent(data);
      return loaded;
    },
    (error: unknown) => {
      // Not kept: the next page that asks (a "try again") loads it anew.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The content, once loaded (pages load it before they render, so this rarely suspends). */
export function useContent(): Content {
  return loaded ?? use(loadContent());
}
