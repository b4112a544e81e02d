// Renders the app icons (PNG) from the SVGs in public/ with Debian's Chromium:
// `node scripts/make-icons.mjs`. The PNGs are committed; run this after changing an SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = [
  { svg: 'public/favicon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icon-maskable.svg', out: 'public/icons/icon-maskable-512.png', size: 512 },
  // iOS rounds the corners itself, so the apple-touch icon is the full-bleed one.
  { svg: 'public/icon-maskable.svg', out: 'public/icons/apple-touch-icon-180.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const { svg, out, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(svg, 'utf8').replace(
      '<svg ',
      `<svg width="${size}" height="${size}" `,
    );
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${markup}</body></html>`,
    );
    writeFileSync(out, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.info(`wrote ${out} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
