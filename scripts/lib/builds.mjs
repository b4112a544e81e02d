// Shared by the measuring scripts: production builds of the app and of the bare React
// hello world (the baseline), a static server for each, and Debian's Chromium.
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `ignoreDefaultArgs` drops switches Playwright adds for automation (such as its
 * `--disable-back-forward-cache`) where a measurement should see Chromium as shipped. */
export function launchChromium(extraArgs = [], ignoreDefaultArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ignoreDefaultArgs,
  });
}

export async function buildApp(outDir) {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** A baseline page: `bench/hello` (react + react-dom) or `bench/hello-stack` (+ router, store). */
export async function buildHello(outDir, root = 'bench/hello') {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves a build with vite preview (SPA fallback); returns its URL and a close function. */
export async function serve(outDir, port) {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.httpServer.close() };
}
