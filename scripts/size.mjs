// `npm run size`: the JavaScript the app loads, against a bare React 19 hello world built
// by the same Vite in the same run. Prints gzip -9 KiB and ratios; exits 1 over budget.
//   first paint of `/`: every script the page requests until its heading is on screen
//   (service worker blocked: its precache downloads are not page loads);
//   all routes: every JavaScript asset the app can load.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, buildHello, launchChromium, serve } from './lib/builds.mjs';

const BUDGET = { firstPaint: 1.45, allRoutes: 2.0 };
const work = mkdtempSync(join(tmpdir(), 'apigw-size-'));
const appDir = join(work, 'app');
const helloDir = join(work, 'hello');
const stackDir = join(work, 'hello-stack');

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

await buildApp(appDir);
await buildHello(helloDir);
await buildHello(stackDir, 'bench/hello-stack');
const browser = await launchChromium();

/** Scripts requested by `dir`'s index page until its first heading is painted. */
async function firstPaintScripts(dir, port) {
  const server = await serve(dir, port);
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ko-KR' });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${server.url}/`);
  await page.locator('h1').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await context.close();
  server.close();
  return [...scripts].map((p) => join(dir, p));
}

try {
  const helloFiles = await firstPaintScripts(helloDir, 4196);
  const appFiles = await firstPaintScripts(appDir, 4197);
  const hello = helloFiles.reduce((s, f) => s + gz(f), 0);
  const stack = (await firstPaintScripts(stackDir, 4195)).reduce((s, f) => s + gz(f), 0);
  const first = appFiles.reduce((s, f) => s + gz(f), 0);
  const assets = readdirSync(join(appDir, 'assets')).filter((f) => f.endsWith('.js'));
  const all = assets.reduce((s, f) => s + gz(join(appDir, 'assets', f)), 0);

  const rows = [
    ['React hello world, first paint', hello, 1, null],
    ['  + react-router-dom, zustand', stack, stack / hello, null],
    ['App `/`, first paint', first, first / hello, BUDGET.firstPaint],
    ['App, all routes', all, all / hello, BUDGET.allRoutes],
  ];
  console.info('\nJavaScript, gzip -9            KiB    x hello   budget');
  for (const [name, bytes, ratio, budget] of rows) {
    const flag = budget === null ? '' : ratio <= budget ? `<= ${budget}  ok` : `<= ${budget}  OVER`;
    console.info(
      `${name.padEnd(30)} ${kib(bytes).padStart(6)}   ${ratio.toFixed(2).padStart(6)}   ${flag}`,
    );
  }
  console.info(`\nFirst paint of / loads ${appFiles.length} scripts:`);
  for (const f of appFiles)
    console.info(`  ${kib(gz(f)).padStart(6)} KiB  ${f.slice(appDir.length)}`);
  console.info(`All routes: ${assets.length} scripts.`);
  // The deck and the comparison are data, served as JSON to the pages that show them.
  const data = readdirSync(join(appDir, 'assets')).filter((f) => f.endsWith('.json'));
  for (const f of data) {
    console.info(
      `Data (not JavaScript): ${kib(gz(join(appDir, 'assets', f)))} KiB gzip  /assets/${f}`,
    );
  }
  const over = first / hello > BUDGET.firstPaint || all / hello > BUDGET.allRoutes;
  process.exitCode = over ? 1 : 0;
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
