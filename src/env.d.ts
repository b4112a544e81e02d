/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** package.json version, set at build time. */
declare const __APP_VERSION__: string;
/** Build label (APP_BUILD_ID), set at build time. */
declare const __APP_BUILD__: string;

declare module 'virtual:deck-order' {
  /** The deck's card ids in study order (see vite.config.ts). */
  const order: readonly string[];
  export default order;
}

declare module 'virtual:content' {
  /** The deck and the comparison, as plain data (see vite.config.ts). */
  export function loadContentData(): Promise<import('./content/content-index').ContentData>;
}
