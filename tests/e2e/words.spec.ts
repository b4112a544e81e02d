import { appendFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { ROUTES, studyCards } from './helpers.ts';

/*
 * No word is drawn across two lines: on every route (and the study screen's states, the
 * settings' reset dialog) at 360 and 1280 px, in Korean and English.
 *
 * Words: the page's rendered text is cut into runs of text nodes that flow together (a run
 * ends at any element that is not `display: inline`, at <br>, and at form controls, SVG and
 * hidden elements), and each run is split with `Intl.Segmenter` at word granularity; the
 * word-like segments are the words. Under UAX #29 Hangul syllables are letters, so in
 * Korean a word is an eojeol without its punctuation ("유형을", "API를", "10분"); in
 * English it is a word with its inner apostrophes and number separators ("don't",
 * "1,000"). Hyphens, slashes, brackets, dots between words and spaces end a word: places
 * where a browser may break a line anyway.
 *
 * Broken: the client rects of a DOM Range over the word lie on two or more lines (their
 * vertical extents do not overlap). A word is excused when its unbroken width (the sum of
 * its fragments' widths) exceeds the content width of the box the page gives it: its
 * nearest ancestor whose width does not come from its content. Flex and grid items,
 * inline-blocks, tables and table cells and floats are content-sized and shrink under
 * pressure, so they are skipped on the way up: a nav link squeezed to 30 px does not excuse
 * "Ho/me", but a URL wider than the card it sits in is excused.
 *
 * Needs a Korean font (Debian: fonts-noto-cjk), or Korean is drawn as boxes.
 *
 * WORDS_REPORT=<file> appends every finding (and every excused word) as JSON lines.
 */

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const LANGS = ['ko', 'en'] as const;
const WIDTHS = [360, 1280] as const;
/** A comparison row whose cards include "which API type" (quiz) cards. */
const QUIZ_ROW = 'feat.waf';

/** A word drawn on more than one line, as the page-side scan reports it. */
interface BrokenWord {
  /** The word with "/" where the lines break: "Ho/me". */
  readonly word: string;
  /** Tag and classes of the element holding the word's text: "a.active". */
  readonly element: string;
  /** A few ancestors up to the nearest landmark: "header.app-header > nav > a.active". */
  readonly path: string;
  /** Up to 30 characters either side of the word. */
  readonly context: string;
  /** The word's unbroken width and the content width of the box it has, in CSS px. */
  readonly width: number;
  readonly box: number;
  readonly boxElement: string;
}

interface Scan {
  readonly words: number;
  readonly broken: BrokenWord[];
  /** Broken, but wider than their box: they cannot fit on one line. */
  readonly excused: BrokenWord[];
}

/**
 * Runs in the page (one evaluate for the whole document): every visible word and how it is
 * drawn. Self-contained: Playwright sends its source to the browser.
 */
function scanWords(): Scan {
  const TOLERANCE = 1; // px of vertical overlap still counted as "another line"
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let s = styles.get(el);
    if (!s) {
      s = getComputedStyle(el);
      styles.set(el, s);
    }
    return s;
  };
  const SKIP = new Set([
    'SCRIPT',
    'STYLE',
    'NOSCRIPT',
    'TEMPLATE',
    'SELECT',
    'OPTION',
    'TEXTAREA',
    'INPUT',
    'svg',
  ]);

  // Hidden: not rendered, invisible, transparent, or clipped away (the visually-hidden
  // pattern: a 1 px box with `clip`), on the element or any ancestor.
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (el: Element | null): boolean => {
    if (!el || el === document.body) return false;
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const s = style(el);
    // An inline or `display: contents` element has no box of its own to measure.
    const boxed = s.display !== 'inline' && s.display !== 'contents';
    const own =
      (s.display !== 'contents' &&
        !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) ||
      (s.clip !== 'auto' &&
        s.clip !== '' &&
        (s.position === 'absolute' || s.position === 'fixed')) ||
      (boxed && s.overflow !== 'visible' && (el.clientWidth <= 1 || el.clientHeight <= 1));
    const result = own || hidden(el.parentElement);
    hiddenCache.set(el, result);
    return result;
  };

  const describe = (el: Element) => {
    const cls = [...el.classList].map((c) => `.${c}`).join('');
    return `${el.tagName.toLowerCase()}${cls}`;
  };
  const pathOf = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 5; ) {
      parts.unshift(describe(e));
      if (['MAIN', 'HEADER', 'DIALOG', 'TABLE', 'SECTION'].includes(e.tagName)) break;
      e = e.parentElement;
    }
    return parts.join(' > ');
  };

  // The box the page gives a word: the nearest ancestor above every content-sized box on
  // the way up. Content-sized boxes are squeezed by their neighbours and may grow, so their
  // width (and that of blocks inside them) does not count: flex items in a row, grid items,
  // inline-blocks, tables and their cells, floats. Blocks take their parent's width; a
  // positioned box (a dialog) has limits of its own and ends the walk.
  const contentSized = (el: Element) => {
    const s = style(el);
    if (s.float !== 'none' || /^(inline-|table)/.test(s.display)) return true;
    const parent = el.parentElement ? style(el.parentElement) : null;
    if (!parent) return false;
    if (/(^|-)grid$/.test(parent.display)) return true;
    return /(^|-)flex$/.test(parent.display) && parent.flexDirection.startsWith('row');
  };
  const givenBox = (from: Element): Element => {
    let box: Element | null = null;
    for (let e: Element | null = from; e && e !== document.body; e = e.parentElement) {
      const s = style(e);
      if (s.display === 'inline' || s.display === 'contents') continue;
      if (s.position === 'absolute' || s.position === 'fixed') return box ?? e;
      if (contentSized(e)) box = null;
      else box ??= e;
    }
    return box ?? document.body;
  };
  const contentWidth = (el: Element) => {
    const s = style(el);
    return el.clientWidth - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight);
  };

  // 1. Runs of text nodes that flow together.
  const runs: Text[][] = [];
  let run: Text[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        // Whitespace-only nodes stay in the run: they separate the words around them.
        if (hidden(child.parentElement)) flush();
        else run.push(child as Text);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (SKIP.has(el.tagName) || el.tagName === 'BR') {
        flush();
        continue;
      }
      const display = style(el).display;
      if (display === 'none') continue;
      const inline = display === 'inline' || display === 'contents';
      if (!inline) flush();
      walk(el);
      if (!inline) flush();
    }
  };
  walk(document.body);
  flush();

  // 2. Words, and the lines each is drawn on.
  const segmenter = new Intl.Segmenter(document.documentElement.lang || undefined, {
    granularity: 'word',
  });
  const range = document.createRange();
  /** The visible rects of text[start, end) across the run's nodes. */
  const rectsOf = (pieces: { node: Text; start: number; end: number }[]) => {
    const rects: DOMRect[] = [];
    for (const { node, start, end } of pieces) {
      range.setStart(node, start);
      range.setEnd(node, end);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
    }
    return rects;
  };
  /** Rects grouped into lines: a rect starts a new line when it does not overlap the last. */
  const lineCount = (rects: DOMRect[]) => {
    const sorted = [...rects].sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const r of sorted) {
      if (r.top >= bottom - TOLERANCE) {
        lines++;
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
    return lines;
  };

  let words = 0;
  const broken: BrokenWord[] = [];
  const excused: BrokenWord[] = [];
  for (const nodes of runs) {
    const text = nodes.map((n) => n.data).join('');
    const starts: number[] = [];
    let at = 0;
    for (const n of nodes) {
      starts.push(at);
      at += n.data.length;
    }
    /** text[from, to) as pieces of the run's nodes. */
    const piecesOf = (from: number, to: number) => {
      const pieces: { node: Text; start: number; end: number }[] = [];
      nodes.forEach((node, i) => {
        const s = Math.max(from, starts[i] as number);
        const e = Math.min(to, (starts[i] as number) + node.data.length);
        if (s < e)
          pieces.push({ node, start: s - (starts[i] as number), end: e - (starts[i] as number) });
      });
      return pieces;
    };
    for (const seg of segmenter.segment(text)) {
      if (!seg.isWordLike) continue;
      words++;
      const from = seg.index;
      const to = from + seg.segment.length;
      const rects = rectsOf(piecesOf(from, to));
      if (rects.length < 2 || lineCount(rects) < 2) continue;

      // Where it breaks: a "/" before each character that starts a new line.
      let shown = '';
      let lastBottom = Number.NEGATIVE_INFINITY;
      let lastTop = Number.NEGATIVE_INFINITY;
      for (let i = from; i < to; ) {
        const cp = text.codePointAt(i) as number;
        const len = cp > 0xffff ? 2 : 1;
        const r = rectsOf(piecesOf(i, i + len))[0];
        if (r) {
          if (i > from && r.top >= lastBottom - TOLERANCE && r.top > lastTop) shown += '/';
          lastBottom = r.bottom;
          lastTop = r.top;
        }
        shown += text.slice(i, i + len);
        i += len;
      }

      const holder = (piecesOf(from, to)[0]?.node.parentElement ?? document.body) as Element;
      const box = givenBox(holder);
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      const report: BrokenWord = {
        word: shown,
        element: describe(holder),
        path: pathOf(holder),
        context: text
          .slice(Math.max(0, from - 30), to + 30)
          .replace(/\s+/g, ' ')
          .trim(),
        width: Math.round(width),
        box: Math.round(contentWidth(box)),
        boxElement: describe(box),
      };
      (width > contentWidth(box) + 0.5 ? excused : broken).push(report);
    }
  }
  range.detach();
  return { words, broken, excused };
}

/** Waits until the route's content, its fonts and a layout are there. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1, main h2').first().waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Opens `route`: in the app, as a link would (no reload: a reload costs about half a second
 * per page in React's Suspense), or by loading the URL when only the query changes.
 */
async function open(page: Page, route: string): Promise<void> {
  const target = new URL(route, baseUrl);
  if (new URL(page.url()).pathname === target.pathname) {
    await page.goto(target.href);
  } else {
    await page.evaluate((to) => {
      const w = window as unknown as { previousPage?: Element | null };
      w.previousPage = document.querySelector('main')?.lastElementChild ?? null;
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, route);
    // The old page's element leaves the DOM when the new page renders.
    await page.waitForFunction(() => {
      const old = (window as unknown as { previousPage?: Element | null }).previousPage;
      return !old?.isConnected;
    });
  }
  await settle(page);
}

interface Finding extends BrokenWord {
  readonly where: string;
}

/**
 * Visits every route and state in one language at one width and returns the broken words.
 * Order: a quiz card answered and revealed, the row session's summary, five more ratings
 * (so home, progress and the weak list have data), every route, then the reset dialog.
 */
async function scanAll(
  context: BrowserContext,
  lang: string,
): Promise<{ findings: Finding[]; excused: Finding[]; words: number }> {
  const page = await context.newPage();
  const findings: Finding[] = [];
  const excused: Finding[] = [];
  let words = 0;
  const scan = async (where: string) => {
    const result = await page.evaluate(scanWords);
    words += result.words;
    findings.push(...result.broken.map((b) => ({ ...b, where })));
    excused.push(...result.excused.map((b) => ({ ...b, where })));
  };

  // A quiz card: pick the first choice, reveal (the verdict and a suggested rating show).
  await page.goto(`${baseUrl}/study?row=${QUIZ_ROW}`);
  await page.locator('#card-question').waitFor();
  const shown = await page.evaluate(() => document.documentElement.lang);
  if (shown !== lang) throw new Error(`the app shows "${shown}", not "${lang}"`);
  const choices = page.locator('fieldset.quiz');
  for (let i = 0; i < 10 && (await choices.count()) === 0; i++) await studyCards(page, 1, '4');
  await choices.waitFor({ timeout: 5000 });
  await page.keyboard.press('1');
  await page.keyboard.press('Space');
  await page.locator('.rate.suggested').waitFor();
  await settle(page);
  await scan(`/study?row=${QUIZ_ROW} (quiz pick, revealed)`);
  // The rest of the row with Easy, to its summary.
  const end = page.locator('#session-end-title');
  const question = page.locator('#card-question');
  let text = await question.textContent();
  await page.keyboard.press('4');
  for (let i = 0; i < 20; i++) {
    await page.waitForFunction(
      (prev) =>
        document.querySelector('#session-end-title') !== null ||
        document.querySelector('#card-question')?.textContent !== prev,
      text,
    );
    if (await end.count()) break;
    text = await question.textContent();
    await page.keyboard.press('Space');
    await page.locator('.rating-buttons').waitFor();
    await page.keyboard.press('4');
  }
  await settle(page);
  await scan(`/study?row=${QUIZ_ROW} (summary)`);

  // Today's queue: a few ratings of each kind, so the other pages have data.
  await open(page, '/study');
  for (const key of ['1', '3', '2', '3', '4']) await studyCards(page, 1, key);

  for (const route of ROUTES) {
    await open(page, route);
    await scan(route);
    if (route === '/compare') {
      // Every row's notes ("explanation and source") open.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await settle(page);
      await scan('/compare (every row opened)');
    }
  }

  await open(page, '/settings');
  await page.locator('[aria-labelledby="settings-reset"] button.danger').click();
  await page.locator('dialog.confirm-dialog').waitFor();
  await scan('/settings (reset dialog)');
  await page.close();
  return { findings, excused, words };
}

/** One entry per distinct broken word and place, with every route it was seen on. */
function format(findings: readonly Finding[]): string {
  const groups = new Map<string, { finding: Finding; where: string[] }>();
  for (const f of findings) {
    const key = `${f.word}\n${f.path}\n${f.context}`;
    const group = groups.get(key) ?? { finding: f, where: [] };
    group.where.push(f.where);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(
      ({ finding: f, where }) =>
        `  "${f.word}" in <${f.element}> (${f.path})\n` +
        `      word ${f.width}px, box ${f.box}px <${f.boxElement}>; text: "${f.context}"\n` +
        `      on ${where.join(', ')}`,
    )
    .join('\n');
}

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    it(`${lang} at ${width} px: no word is drawn across two lines`, async () => {
      const context = await browser().newContext({
        viewport: { width, height: 800 },
        locale: lang === 'ko' ? 'ko-KR' : 'en-US',
        serviceWorkers: 'block',
      });
      try {
        const { findings, excused, words } = await scanAll(context, lang);
        if (process.env.WORDS_REPORT) {
          const lines = [
            ...findings.map((f) => ({ lang, viewport: width, excused: false, ...f })),
            ...excused.map((f) => ({ lang, viewport: width, excused: true, ...f })),
            { lang, viewport: width, words },
          ];
          appendFileSync(
            process.env.WORDS_REPORT,
            lines.map((l) => `${JSON.stringify(l)}\n`).join(''),
          );
        }
        expect(words, 'words scanned').toBeGreaterThan(500);
        const message =
          `${findings.length} word(s) broken across lines, ${lang} at ${width} px ` +
          `(the part after "/" is drawn on the next line; fix with CSS, e.g. ` +
          `word-break: keep-all for Korean, or room for the word):\n${format(findings)}\n`;
        expect(findings.length, message).toBe(0);
      } finally {
        await context.close();
      }
    });
  }
}
