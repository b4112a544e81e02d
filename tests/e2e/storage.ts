import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { CardState, ReviewEntry } from '../../src/domain/card-state.ts';
import { replayCard } from '../../src/domain/replay.ts';
import * as legacy from '../../src/store/legacy.ts';
import { readStorage } from '../../src/store/read-storage.ts';

/**
 * Helpers for attacking storage the way real browsers fail it. What they observe goes
 * through the app's own screens and files (its backup export, its kept copies), so the
 * same tests run against an older build too (E2E_DIST), to see them fail there.
 */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Puts values into localStorage from a static file of the origin, where no app runs. */
export async function seedStorage(page: Page, baseUrl: string, items: Record<string, string>) {
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate((pairs) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(pairs)) localStorage.setItem(k, v);
  }, items);
}

export interface FaultPlan {
  readonly on: boolean;
  /** Refuse each write with this chance, from a seeded generator. */
  readonly rate?: number;
  readonly seed?: number;
  /** Refuse writes to exactly these keys. */
  readonly keys?: readonly string[];
}

/**
 * Wraps `Storage.prototype.setItem` in every page of the context so that chosen writes to
 * localStorage throw a QuotaExceededError, as a full quota does. The plan lives in the
 * tab's sessionStorage, so it survives reloads; each load draws from `seed + loads`, so a
 * run can be repeated.
 */
export async function installFaults(context: BrowserContext) {
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    const loads = Number(sessionStorage.getItem('__loads') ?? '0') + 1;
    real.call(sessionStorage, '__loads', String(loads));
    let state = 0;
    const rand = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let seeded: number | null = null;
    Storage.prototype.setItem = function (key: string, value: string) {
      const plan = JSON.parse(sessionStorage.getItem('__faults') ?? 'null') as {
        on: boolean;
        rate?: number;
        seed?: number;
        keys?: string[];
      } | null;
      if (this === localStorage && plan?.on) {
        if (plan.seed !== undefined && seeded !== plan.seed) {
          seeded = plan.seed;
          state = plan.seed * 7919 + loads;
        }
        const refuse = plan.keys ? plan.keys.includes(key) : rand() < (plan.rate ?? 0);
        if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
}

export async function setFaults(page: Page, plan: FaultPlan) {
  await page.evaluate((p) => sessionStorage.setItem('__faults', JSON.stringify(p)), plan);
}

/** Reveals the card on screen and rates it with `key`; resolves once the rating is taken. */
export async function rateShown(page: Page, key = '3'): Promise<string> {
  const question = page.locator('#card-question');
  await question.waitFor();
  const text = (await question.textContent()) ?? '';
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: /정답|Answer/ }).waitFor();
  await page.keyboard.press(key);
  // The answer goes away once the rating is taken (the next card may be the same one,
  // back at once within the learn-ahead limit).
  await page.waitForFunction(() => document.querySelector('.card-answer') === null);
  return text;
}

/** Whether the "could not be saved" warning shows (after its lazy code has had time to load). */
export async function saveWarningShown(page: Page): Promise<boolean> {
  await sleep(120);
  return page
    .getByRole('alert')
    .filter({ hasText: /학습 기록을 저장하지 못했습니다|could not be saved/ })
    .isVisible();
}

export interface Exported {
  readonly log: readonly ReviewEntry[];
  readonly cards: Readonly<Record<string, CardState>>;
  readonly text: string;
}

/** Opens /settings and exports a backup, as the learner would; returns the file's contents. */
export async function exportBackup(page: Page, baseUrl: string): Promise<Exported> {
  await page.goto(`${baseUrl}/settings`);
  const button = page.getByRole('button', { name: /^백업 내보내기$|^Export a backup$/ });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync((await download.path()) as string, 'utf8');
  const file = JSON.parse(text) as { state: Exported };
  return { log: file.state.log, cards: file.state.cards, text };
}

/** What a fresh tab reads from storage now: it reloads, then exports. */
export async function reviewsReadBack(context: BrowserContext, baseUrl: string): Promise<Exported> {
  const page = await context.newPage();
  const result = await exportBackup(page, baseUrl);
  await page.close();
  return result;
}

/** Cards whose exported state is not the replay of their exported reviews. */
export function cardsNotReplayed(exported: Exported): string[] {
  const wrong: string[] = [];
  for (const [id, card] of Object.entries(exported.cards)) {
    const replay = replayCard(exported.log.filter((e) => e.cardId === id));
    const { basis: _b, ...state } = replay ?? { basis: 0 };
    const { basis: _c, ...stored } = card as CardState & { basis?: number };
    if (JSON.stringify(state) !== JSON.stringify(stored)) wrong.push(id);
  }
  return wrong;
}

/** Kept copies in storage and how many reviews each holds (this version's or an older one's). */
export async function keptCopies(page: Page): Promise<{ key: string; reviews: number }[]> {
  const kept: Record<string, string> = await page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i) as string;
      if (k.includes(':backup:')) out[k] = localStorage.getItem(k) as string;
    }
    return out;
  });
  return Object.entries(kept).map(([key, raw]) => {
    try {
      const value = JSON.parse(raw);
      if (value.items) {
        return {
          key,
          reviews: readStorage(new Map(Object.entries(value.items)), legacy).state.log.length,
        };
      }
      // Version 2 kept `{ main, chunks }`; its main value counts the log.
      if (typeof value.main === 'string') {
        return { key, reviews: JSON.parse(value.main).state?.log?.length ?? 0 };
      }
    } catch {
      // not JSON
    }
    return { key, reviews: 0 };
  });
}

/** Dispatches a key press in each page at the same wall-clock instant (timers in each renderer). */
export async function pressAtSameInstant(pages: readonly Page[], keys: readonly string[]) {
  const target = Date.now() + 400;
  await Promise.all(
    pages.map((p, i) =>
      p.evaluate(
        ([t, key]) => {
          setTimeout(
            () => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })),
            Math.max(0, (t as number) - Date.now()),
          );
        },
        [target, keys[i] ?? keys[0]] as const,
      ),
    ),
  );
  await sleep(target - Date.now() + 250);
}
