/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** package.json version, set at build time. */
declare const __APP_VERSION__: string;
/** Build label (APP_BUILD_ID), set at build time. */
declare const __APP_BUILD__: string;
/** A sync server on another origin the page may connect to (SYNC_ORIGIN at build time), or ''. */
declare const __SYNC_ORIGIN__: string;

declare module 'virtual:data/deck-order' {
  /** The deck's card ids in study order and its sibling groups (see vite.config.ts). */
  export function load(): Promise<import('./content/deck-order.ts').DeckOrderData>;
}

declare module 'virtual:data/content' {
  /** The deck's facts, as plain data (see vite.config.ts). */
  export function load(): Promise<import('./content/content-index.ts').ContentData>;
}

declare module 'virtual:data/messages-en' {
  /** The English catalog (see vite.config.ts). */
  export function load(): Promise<
    Readonly<Record<import('./i18n/messages.ts').MessageKey, string>>
  >;
}

declare module 'virtual:data/messages-ko' {
  /** The Korean messages of the first page (see vite.config.ts). */
  export function load(): Promise<typeof import('./i18n/ko.ts').ko>;
}

declare module 'virtual:data/messages-ko-pages' {
  /** The Korean messages of the pages beyond home (see vite.config.ts). */
  export function load(): Promise<typeof import('./i18n/ko-pages.ts').koPages>;
}
