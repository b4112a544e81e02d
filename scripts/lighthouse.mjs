// `npm run lighthouse`: Lighthouse 12 (mobile preset: simulated slow 4G and 4x CPU) on
// the production build and on a bare React hello world, in Debian's Chromium. Prints the
// scores and LCP, TBT and CLS of both, and the app's LCP as a ratio of the hello world's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { buildApp, buildHello, launchChromium, serve } from './lib/builds.mjs';

const PORT = 9333;
const TARGETS = { score: 1, lcpRatio: 1.2 };
const work = mkdtempSync(join(tmpdir(), 'apigw-lh-'));

await buildApp(join(work, 'app'));
await buildHello(join(work, 'hello'));
const browser = await launchChromium([`--remote-debugging-port=${PORT}`]);

async function audit(dir, port) {
  const site = await serve(dir, port);
  try {
    const result = await lighthouse(`${site.url}/`, {
      port: PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      bestPractices: categories['best-practices'].score,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    site.close();
  }
}

try {
  const hello = await audit(join(work, 'hello'), 4201);
  const app = await audit(join(work, 'app'), 4202);
  const row = (name, r) =>
    `${name.padEnd(12)} ${r.performance.toFixed(2).padStart(5)} ${r.accessibility.toFixed(2).padStart(6)} ${r.bestPractices.toFixed(2).padStart(6)}   ${Math.round(r.lcp).toString().padStart(5)} ${Math.round(r.tbt).toString().padStart(5)} ${r.cls.toFixed(3).padStart(6)}`;
  console.info('\nLighthouse 12, mobile preset (simulated throttling)');
  console.info('page          perf   a11y   b.p.   LCP ms TBT ms    CLS');
  console.info(row('hello world', hello));
  console.info(row('app /', app));
  const ratio = app.lcp / hello.lcp;
  const scoresOk = [app.performance, app.accessibility, app.bestPractices].every(
    (s) => s >= TARGETS.score,
  );
  console.info(`\nApp LCP / hello LCP: ${ratio.toFixed(2)} (target <= ${TARGETS.lcpRatio})`);
  console.info(`App scores all ${TARGETS.score.toFixed(2)}: ${scoresOk ? 'yes' : 'no'}`);
  if (app.failing.length) console.info(`App audits not passed: ${app.failing.join(', ')}`);
  process.exitCode = scoresOk && ratio <= TARGETS.lcpRatio ? 0 : 1;
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
