// `npm run lighthouse`: Lighthouse 12 (mobile preset: simulated slow 4G and 4x CPU) on
// the production build and on a bare React hello world, in Debian's Chromium. Prints the
// scores and LCP, TBT and CLS of both, and the app's LCP as a ratio of the hello world's.
// A second baseline, the hello world with react-router-dom and zustand (bench/hello-stack),
// shows how much of that ratio the libraries the app must use take by themselves.
// Each page is audited RUNS times and the median is printed (Lighthouse's own advice for
// its run-to-run variance); the app is audited for a Korean browser (the default
// language, shipped in the first script) and an English one (its catalog is fetched).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { buildApp, buildHello, launchChromium, serve } from './lib/builds.mjs';

const PORT = 9333;
const RUNS = 3;
const TARGETS = { score: 1, lcpRatio: 1.2 };
const work = mkdtempSync(join(tmpdir(), 'apigw-lh-'));

await buildApp(join(work, 'app'));
await buildHello(join(work, 'hello'));
await buildHello(join(work, 'hello-stack'), 'bench/hello-stack');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function auditOnce(url) {
  const result = await lighthouse(url, {
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
}

/** RUNS audits of `dir`'s `/` in a browser whose language is `lang`; medians of each figure. */
async function audit(dir, port, lang) {
  const browser = await launchChromium(
    [`--remote-debugging-port=${PORT}`, `--lang=${lang}`, `--accept-lang=${lang}`],
    // Lighthouse's back/forward cache audit needs the cache Playwright turns off.
    ['--disable-back-forward-cache'],
  );
  const site = await serve(dir, port);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(`${site.url}/`));
    const pick = (key) => median(runs.map((r) => r[key]));
    return {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      lcp: pick('lcp'),
      lcpRange: [Math.min(...runs.map((r) => r.lcp)), Math.max(...runs.map((r) => r.lcp))],
      tbt: pick('tbt'),
      cls: pick('cls'),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    };
  } finally {
    site.close();
    await browser.close();
  }
}

try {
  const hello = await audit(join(work, 'hello'), 4201, 'ko-KR');
  const stack = await audit(join(work, 'hello-stack'), 4204, 'ko-KR');
  const apps = [
    ['app / (ko)', await audit(join(work, 'app'), 4202, 'ko-KR')],
    ['app / (en)', await audit(join(work, 'app'), 4203, 'en-US')],
  ];
  const row = (name, r) =>
    `${name.padEnd(12)} ${r.performance.toFixed(2).padStart(5)} ${r.accessibility.toFixed(2).padStart(6)} ${r.bestPractices.toFixed(2).padStart(6)}   ${Math.round(r.lcp).toString().padStart(5)} ${`${Math.round(r.lcpRange[0])}-${Math.round(r.lcpRange[1])}`.padStart(10)} ${Math.round(r.tbt).toString().padStart(6)} ${r.cls.toFixed(3).padStart(6)}`;
  console.info(`\nLighthouse 12, mobile preset (simulated throttling), median of ${RUNS} runs`);
  console.info('page          perf   a11y   b.p.   LCP ms   LCP range TBT ms    CLS');
  console.info(row('hello world', hello));
  console.info(row('+ router,store', stack));
  for (const [name, r] of apps) console.info(row(name, r));
  console.info(
    `\nhello world + react-router-dom + zustand: LCP / hello LCP ${(stack.lcp / hello.lcp).toFixed(2)}`,
  );
  let ok = true;
  for (const [name, r] of apps) {
    const ratio = r.lcp / hello.lcp;
    const scoresOk = [r.performance, r.accessibility, r.bestPractices].every(
      (s) => s >= TARGETS.score,
    );
    ok &&= scoresOk && ratio <= TARGETS.lcpRatio;
    console.info(
      `\n${name}: LCP / hello LCP ${ratio.toFixed(2)} (target <= ${TARGETS.lcpRatio}); scores all ${TARGETS.score.toFixed(2)}: ${scoresOk ? 'yes' : 'no'}`,
    );
    if (r.failing.length) console.info(`  audits not passed in some run: ${r.failing.join(', ')}`);
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
