import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CONTENT_DATA, DECK_ORDER_DATA } from './src/content/deck.ts';
import { en } from './src/i18n/en.ts';
import { ko } from './src/i18n/ko.ts';
import { koPages } from './src/i18n/ko-pages.ts';

/**
 * The Content Security Policy, in the built index.html only (the dev server injects an
 * inline script for fast refresh). No inline scripts anywhere; styles and images from the
 * app itself (React sets style properties through the CSSOM, which CSP allows).
 */
/**
 * A sync server on another origin (`SYNC_ORIGIN=https://sync.example.org npm run build`):
 * the only origin besides the app's own that the page may connect to. Without it, sync
 * works with a server on the app's own origin (`npm run sync-server` can serve the app).
 */
function syncOrigin(): string {
  const given = process.env.SYNC_ORIGIN;
  if (!given) return '';
  const url = new URL(given);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SYNC_ORIGIN must be an http(s) origin, not ${given}`);
  }
  return url.origin;
}
const SYNC_ORIGIN = syncOrigin();
const syncSources = SYNC_ORIGIN ? ` ${SYNC_ORIGIN} ${SYNC_ORIGIN.replace(/^http/, 'ws')}` : '';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${syncSources}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Framing protection: a page may not be shown inside another site's frame (so no site
 * can lay it under a decoy and have "Reset progress" clicked). `frame-ancestors` works
 * only as an HTTP header, so the host sends it: `npm start` (vite preview) does, and
 * `public/_headers` says the same to hosts that read that file (Netlify, Cloudflare
 * Pages); the README shows it for others. src/main.tsx also refuses to draw in a frame.
 */
export const FRAME_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
} as const;

/**
 * Bulk text ships as data, not code: each `virtual:data/<name>` module exports `load()`,
 * which in a build fetches a JSON file emitted from the TypeScript source (parsed, never
 * compiled, and precached for offline use like the rest), and on the dev server and in
 * tests imports the TypeScript directly. The deck's facts, its order (which every page
 * needs, but which grows with the deck) and the message catalogs that are not needed for
 * the first page go this way.
 */
const DATA: Readonly<Record<string, { module: string; value: unknown; exportName: string }>> = {
  content: { module: '/src/content/deck.ts', exportName: 'CONTENT_DATA', value: CONTENT_DATA },
  'deck-order': {
    module: '/src/content/deck.ts',
    exportName: 'DECK_ORDER_DATA',
    value: DECK_ORDER_DATA,
  },
  'messages-ko': { module: '/src/i18n/ko.ts', exportName: 'ko', value: ko },
  'messages-en': { module: '/src/i18n/en.ts', exportName: 'en', value: en },
  'messages-ko-pages': { module: '/src/i18n/ko-pages.ts', exportName: 'koPages', value: koPages },
};

/** Data files the first page reads before it draws: the page asks for them at once. */
const PRELOAD = ['deck-order', 'messages-ko'];

function dataModules(): Plugin {
  const prefix = 'virtual:data/';
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'data-modules',
    configResolved(config) {
      command = config.command;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const files = Object.values(ctx.bundle).filter(
          (f) => f.type === 'asset' && PRELOAD.some((n) => f.names.includes(`${n}.json`)),
        );
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${f.fileName}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
    resolveId: (source) => (source.startsWith(prefix) ? `\0${source}` : undefined),
    load(source) {
      if (!source.startsWith(`\0${prefix}`)) return undefined;
      const name = source.slice(prefix.length + 1);
      const data = DATA[name];
      if (!data) return undefined;
      if (command === 'serve') {
        return `export const load = () => import('${data.module}').then((m) => m.${data.exportName});`;
      }
      const ref = this.emitFile({
        type: 'asset',
        name: `${name}.json`,
        source: JSON.stringify(data.value),
      });
      return `export const load = () =>
  fetch(import.meta.ROLLUP_FILE_URL_${ref}).then((r) => {
    if (!r.ok) throw new Error('${name} could not be loaded (' + r.status + ').');
    return r.json();
  });`;
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// A build label, so two builds of the same version differ (the update test relies on it).
const build = process.env.APP_BUILD_ID ?? 'local';

export default defineConfig({
  plugins: [
    react(),
    dataModules(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before updating (never reloads under a learner) and registers itself.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'API Gateway 플래시카드',
        short_name: 'APIGW 카드',
        description:
          "Flashcards for Amazon API Gateway's REST, HTTP and WebSocket APIs, with spaced repetition (FSRS). 한국어 / English.",
        lang: 'ko',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#ffffff',
        background_color: '#f6f7f9',
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // PNGs and the manifest are added from the manifest and includeAssets; globbing them
        // too would precache them twice.
        globPatterns: ['**/*.{js,css,html,json}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __APP_BUILD__: JSON.stringify(build),
    __SYNC_ORIGIN__: JSON.stringify(SYNC_ORIGIN),
  },
  build: {
    // Every browser the app targets supports <link rel="modulepreload">; the polyfill would
    // only add bytes to the first page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page imports statically goes in one chunk: split into
          // many small shared chunks it cost more bytes (each compressed on its own) and
          // more requests on the way to the first paint.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: FRAME_HEADERS },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/ui/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Day maths follows the local zone; tests that need a zone set it themselves.
    env: { TZ: 'UTC' },
    restoreMocks: true,
  },
});
