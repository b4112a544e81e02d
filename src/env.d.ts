/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** package.json version, set at build time. */
declare const __APP_VERSION__: string;
/** Build label (APP_BUILD_ID), set at build time. */
declare const __APP_BUILD__: string;
