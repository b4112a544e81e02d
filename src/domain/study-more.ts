import { type CardState, PHASE } from './card-state.ts';
import { MAX_EXTRA_NEW } from './defaults.ts';
import { addLocalDays, type DayStart } from './time.ts';

/**
 * "Study more" once today's queue is done, as Anki's custom study offers within one deck:
 * more new cards today, review ahead, or a session over the cards of one API type or one
 * feature group. Sessions built here are fixed lists of cards (see `buildFilteredQueue`);
 * an answer to a card that is not due is practice (see `isDue`).
 */

/** Cards one custom session takes at most (Anki's custom study default). */
const CUSTOM_SESSION_SIZE = 20;
/** The longest review-ahead window, in days. */
export const MAX_AHEAD_DAYS = 30;
/** The review-ahead windows offered, in days. */
export const AHEAD_CHOICES = [1, 3, 7] as const;

type Cards = Readonly<Record<string, CardState | undefined>>;

function studiedState(cards: Cards, id: string): CardState | undefined {
  const s = Object.hasOwn(cards, id) ? cards[id] : undefined;
  return s && s.state !== PHASE.new ? s : undefined;
}

/** Deck cards never answered (new), in deck order. */
export function unseenCards(deckOrder: readonly string[], cards: Cards): string[] {
  return deckOrder.filter((id) => studiedState(cards, id) === undefined);
}

/**
 * Studied cards that fall due after today and within the next `days` study days (tomorrow
 * is day 1), earliest due first: review ahead. Answering them is practice.
 */
export function cardsDueAhead(
  deckOrder: readonly string[],
  cards: Cards,
  now: number,
  days: number,
  dayStart: DayStart = 0,
): string[] {
  const from = addLocalDays(now, 1, dayStart);
  const to = addLocalDays(now, days + 1, dayStart);
  const ahead: { id: string; due: number }[] = [];
  for (const id of deckOrder) {
    const s = studiedState(cards, id);
    if (s && s.due >= from && s.due < to) ahead.push({ id, due: s.due });
  }
  return ahead.sort((a, b) => a.due - b.due).map((c) => c.id);
}

/**
 * A session over some of the deck (one API type, one feature group): studied cards first,
 * earliest due first (the ones closest to being forgotten), then new cards in deck order,
 * `size` at most. `ids` are in deck order.
 */
export function customSession(
  ids: readonly string[],
  cards: Cards,
  size: number = CUSTOM_SESSION_SIZE,
): string[] {
  const studied: { id: string; due: number }[] = [];
  const fresh: string[] = [];
  for (const id of ids) {
    const s = studiedState(cards, id);
    if (s) studied.push({ id, due: s.due });
    else fresh.push(id);
  }
  studied.sort((a, b) => a.due - b.due);
  return [...studied.map((c) => c.id), ...fresh].slice(0, size);
}

/** The study day's extra new cards after adding `more` (study more, "new cards today"). */
export function addExtraNew(
  current: { readonly day: string; readonly count: number } | null,
  today: string,
  more: number,
): { day: string; count: number } {
  const before = current && current.day === today ? current.count : 0;
  return { day: today, count: Math.min(MAX_EXTRA_NEW, before + more) };
}
