// Refreshes the README screenshots from the production build: `npm run build && node scripts/screenshot.mjs`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const server = await preview({ preview: { host: '127.0.0.1', port: 4190, strictPort: true } });
const base = 'http://127.0.0.1:4190';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
mkdirSync('docs', { recursive: true });
try {
  for (const [name, viewport, scheme] of [
    ['study-desktop', { width: 1000, height: 760 }, 'light'],
    ['study-mobile', { width: 360, height: 740 }, 'dark'],
  ]) {
    const context = await browser.newContext({ viewport, locale: 'ko-KR', colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${base}/study`);
    await page.locator('#card-question').waitFor();
    // Quiz mode: pick a choice (key 1) before the reveal, where the card offers them.
    if (await page.getByRole('group', { name: /답 고르기/ }).count())
      await page.keyboard.press('1');
    await page.keyboard.press('Space');
    await page.getByRole('region', { name: '정답' }).waitFor();
    await page.screenshot({ path: `docs/${name}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
