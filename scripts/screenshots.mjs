// `npm run screenshots`: every route and the study screen's states, in Korean and English,
// light and dark, at 360 x 740 and 1280 x 800, into one folder with an index page that shows
// them side by side.
//
//   SCREENSHOTS_DIR   where to write (default: screenshots/ at the repo root, gitignored)
//   SCREENSHOTS_BUILD=1   build even when dist/ is newer than every source file
//   CHROMIUM_PATH     the browser (default /usr/bin/chromium)
//
// The production build in dist/ is reused when it is newer than src/, public/ and the build
// configuration; otherwise it is rebuilt there. Before the shots, ~15 cards are rated over the
// past two weeks (in a context of its own, with a fixed clock), so home, progress and the
// heatmap have data; every shot starts from that saved state.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { buildApp, launchChromium, serve } from './lib/builds.mjs';

const started = Date.now();
let count = 0;
const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const outDir = resolve(root, process.env.SCREENSHOTS_DIR ?? 'screenshots');
const dist = join(root, 'dist');

const LANGS = ['ko', 'en'];
const THEMES = ['light', 'dark'];
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const ROUTES = [
  ['home', '/', 'Home'],
  ['study', '/study', 'Study'],
  ['study-weak', '/study/weak', 'Weak cards'],
  ['compare', '/compare', 'Compare'],
  ['progress', '/progress', 'Progress'],
  ['settings', '/settings', 'Settings'],
  ['not-found', '/no/such/page', 'Unknown path'],
];
const STATES = [
  ['study-revealed', 'A revealed card (/study)'],
  ['study-quiz', 'A quiz card with its choices (/study?row=feat.waf)'],
  ['study-summary', 'Session summary (/study?row=feat.waf, all answered)'],
  ['settings-reset-dialog', 'Reset dialog open (/settings)'],
];
/** A comparison row whose cards include "which API type" (quiz) cards. */
const QUIZ_ROW = 'feat.waf';
/** Ratings that seed the history: [days ago, keys pressed]. */
const HISTORY = [
  [12, ['3', '4']],
  [9, ['3', '1']],
  [7, ['3', '3']],
  [5, ['2', '4']],
  [3, ['3', '3']],
  [2, ['1', '3']],
  [1, ['4', '3']],
  [0, ['3']],
];
const DAY = 24 * 60 * 60 * 1000;

/** Newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

/** dist/, rebuilt unless it is newer than everything it is built from. */
async function ensureBuild() {
  const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];
  const sources = Math.max(...inputs.map((p) => newest(join(root, p))));
  const built = newest(join(dist, 'index.html'));
  if (process.env.SCREENSHOTS_BUILD !== '1' && built > sources) return 'reused dist/';
  // Vite's notice that vite.config.ts's extensionless imports would not suit its future
  // native config loader says nothing about this build; it stays quiet here.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  await buildApp(dist);
  return 'built dist/';
}

/** A port nobody listens on at the moment. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Waits for the page's heading, its fonts and two frames. */
async function settle(page) {
  await page.locator('main h1, main h2').first().waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** On a study screen: reveals the card and presses `key`; false when no card is left. */
async function rateOne(page, key) {
  const question = page.locator('#card-question');
  const end = page.locator('#session-end-title');
  await question.or(end).first().waitFor();
  if ((await question.count()) === 0) return false;
  const text = await question.textContent();
  await page.keyboard.press('Space');
  await page.locator('.rating-buttons').waitFor();
  await page.keyboard.press(key);
  await page.waitForFunction(
    (prev) =>
      document.querySelector('#session-end-title') !== null ||
      document.querySelector('#card-question')?.textContent !== prev,
    text,
  );
  return true;
}

/** Chooses the language in Settings, rates the HISTORY cards; returns the saved state. */
async function seed(browser, base, lang) {
  const context = await browser.newContext({
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const now = Date.now();
  await page.clock.setFixedTime(now - HISTORY[0][0] * DAY);
  await page.goto(`${base}/settings`);
  await settle(page);
  await page.getByLabel('언어 / Language').selectOption(lang);
  for (const [daysAgo, keys] of HISTORY) {
    await page.clock.setFixedTime(now - daysAgo * DAY);
    await page.goto(`${base}/study`);
    await settle(page);
    for (const key of keys) if (!(await rateOne(page, key))) break;
  }
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Every shot of one language, theme and size. */
async function shoot(browser, base, state, lang, theme, size) {
  const phone = size.width < 600;
  const context = await browser.newContext({
    viewport: size,
    colorScheme: theme,
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    storageState: state,
    serviceWorkers: 'block',
    isMobile: phone,
    hasTouch: phone,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const prefix = `${lang}-${theme}-${size.width}`;
  /** A whole page is taken in a window as tall as the page, so that sticky and fixed parts
   * (the rating bar) sit where they end up, not over the text at the first screen's foot. */
  const shot = async (name, whole = true) => {
    for (let i = 0; whole && i < 3; i++) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height <= page.viewportSize().height) break;
      await page.setViewportSize({ width: size.width, height });
      await settle(page);
    }
    await page.screenshot({
      path: join(outDir, `${prefix}-${name}.png`),
      fullPage: whole,
      animations: 'disabled',
    });
    await page.setViewportSize(size);
    count++;
  };

  for (const [name, route] of ROUTES) {
    await page.goto(`${base}${route}`);
    await settle(page);
    await shot(name);
  }

  // A revealed card from today's queue.
  await page.goto(`${base}/study`);
  await settle(page);
  await page.locator('#card-question').waitFor();
  await page.keyboard.press('Space');
  await page.locator('.rating-buttons').waitFor();
  await settle(page);
  await shot('study-revealed');

  // A quiz card of one comparison row, then the rest of the row (Easy) to its summary.
  await page.goto(`${base}/study?row=${QUIZ_ROW}`);
  await settle(page);
  const quiz = page.locator('fieldset.quiz');
  for (let i = 0; i < 10 && (await quiz.count()) === 0; i++) await rateOne(page, '4');
  await quiz.waitFor();
  await shot('study-quiz');
  while (await rateOne(page, '4'));
  await settle(page);
  await shot('study-summary');

  // The reset confirmation (only opened: nothing is reset).
  await page.goto(`${base}/settings`);
  await settle(page);
  await page.locator('[aria-labelledby="settings-reset"] button.danger').click();
  await page.locator('dialog.confirm-dialog').waitFor();
  await settle(page);
  await shot('settings-reset-dialog', false);

  await context.close();
  if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
}

const html = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The index page: one row per route or state, one column per language × theme × size. */
function indexPage(count, build) {
  const columns = LANGS.flatMap((lang) =>
    THEMES.flatMap((theme) => SIZES.map((size) => ({ lang, theme, width: size.width }))),
  );
  const rows = [...ROUTES.map(([name, , label]) => [name, label]), ...STATES];
  const head =
    `<tr><th rowspan="3">Route / state</th>${LANGS.map((l) => `<th colspan="${THEMES.length * SIZES.length}">${l}</th>`).join('')}</tr>\n` +
    `<tr>${LANGS.map(() => THEMES.map((t) => `<th colspan="${SIZES.length}">${t}</th>`).join('')).join('')}</tr>\n` +
    `<tr>${columns.map((c) => `<th>${c.width} px</th>`).join('')}</tr>`;
  const body = rows
    .map(([name, label]) => {
      const cells = columns.map(({ lang, theme, width }) => {
        const file = `${lang}-${theme}-${width}-${name}.png`;
        const caption = `${lang} · ${theme} · ${width} px · ${label}`;
        return (
          `<td><figure><a href="${file}"><div class="shot"><img class="w${width}" src="${file}" loading="lazy" alt="${html(caption)}"></div></a>` +
          `<figcaption>${html(caption)}<br><code>${file}</code></figcaption></figure></td>`
        );
      });
      return `<tr><th scope="row">${html(label)}<br><code>${name}</code></th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API Gateway Flashcards: screenshots</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #1a1d23; background: #f6f7f9; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #c9ced8; padding: 6px; vertical-align: top; background: #fff; }
  thead th { position: sticky; top: 0; z-index: 2; }
  thead tr:nth-child(2) th { top: 28px; }
  thead tr:nth-child(3) th { top: 56px; }
  th[scope="row"] { position: sticky; left: 0; z-index: 1; text-align: left; min-width: 9rem; }
  figure { margin: 0; }
  .shot { max-height: 620px; overflow-y: auto; border: 1px solid #8a93a3; }
  img { display: block; height: auto; }
  img.w360 { width: 180px; }
  img.w1280 { width: 320px; }
  figcaption { font-size: 12px; color: #4f5766; margin-top: 4px; max-width: 320px; }
</style>
<h1>API Gateway Flashcards: screenshots</h1>
<p>${count} screenshots, ${html(new Date().toISOString())} (${html(build)}). Phones (360 px) at half size, desktops (1280 px) at a quarter; tall pages scroll in their cell; click one for full size.</p>
<table>
<thead>
${head}
</thead>
<tbody>
${body}
</tbody>
</table>
</html>
`;
}

const build = await ensureBuild();
mkdirSync(outDir, { recursive: true });
// Only this script's own files are replaced: the folder may be one the caller chose.
for (const name of readdirSync(outDir)) {
  if (/^(ko|en)-(light|dark)-\d+-[a-z-]+\.png$/.test(name) || name === 'index.html')
    rmSync(join(outDir, name));
}

const port = await freePort();
const server = await serve(dist, port);
const browser = await launchChromium();
try {
  for (const lang of LANGS) {
    const state = await seed(browser, server.url, lang);
    for (const theme of THEMES)
      for (const size of SIZES) await shoot(browser, server.url, state, lang, theme, size);
  }
} finally {
  await browser.close();
  server.close();
}

writeFileSync(join(outDir, 'index.html'), indexPage(count, build));
const seconds = Math.round((Date.now() - started) / 1000);
console.info(`${count} screenshots and index.html in ${outDir} (${build}, ${seconds} s)`);
