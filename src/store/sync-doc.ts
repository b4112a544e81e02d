import type * as Y from 'yjs';
import type { ReviewEntry } from '../domain/card-state.ts';
import type { Incoming } from '../domain/reconcile.ts';
import type { SettingRecords } from './layout.ts';
import {
  ENTRY_ID,
  isCardId,
  isGrade,
  isInstant,
  isPhase,
  isRetention,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  validSetting,
} from './schema.ts';

/**
 * The shared document of sync, and the two ways across between it and this device's
 * progress. Pure but for the document itself (no network, no storage), so a test can play
 * any interleaving of devices with documents in memory.
 *
 * `log`: entry id → the review as a short string (toWire);
 * `undone`: entry id → 1; `settings`: setting → [value, when changed] (the later wins).
 */

/** Settings that belong to one device, never shared. */
const DEVICE_SETTINGS: ReadonlySet<SettingKey> = new Set(['persistRequested', 'lastExportAt']);
/** The origin of this device's own changes to the document. */
export const LOCAL = Symbol('local');

/**
 * A review as the document holds it, a short string (about a third of the memory of an
 * array on the server): `card<TAB>time in base 36<TAB>rating and phase before<TAB>options`,
 * options `p` (practice) and `r` with four digits (the retention target, 0.9300 → r9300).
 */
export function toWire(e: ReviewEntry): string {
  const opts = `${e.practice ? 'p' : ''}${e.retention === undefined ? '' : `r${Math.round(e.retention * 10_000)}`}`;
  return `${e.cardId}\t${e.review.toString(36)}\t${e.rating}${e.state}\t${opts}`;
}

const WIRE_TIME = /^[0-9a-z]{1,11}$/;
const WIRE_OPTS = /^(p?)(?:r(\d{4}))?$/;

/** Another device's entry, checked as stored data is (it may come from anything). */
export function fromWire(id: string, w: unknown): ReviewEntry | null {
  if (!ENTRY_ID.test(id) || typeof w !== 'string') return null;
  const parts = w.split('\t');
  if (parts.length !== 4) return null;
  const [cardId, time, rs, opts] = parts as [string, string, string, string];
  const review = WIRE_TIME.test(time) ? Number.parseInt(time, 36) : Number.NaN;
  const rating = Number(rs[0]);
  const state = Number(rs[1]);
  const o = WIRE_OPTS.exec(opts);
  const retention = o?.[2] ? Number(o[2]) / 10_000 : undefined;
  if (
    !isCardId(cardId) ||
    !isInstant(review) ||
    rs.length !== 2 ||
    !isGrade(rating) ||
    !isPhase(state) ||
    !o ||
    (retention !== undefined && !isRetention(retention))
  ) {
    return null;
  }
  return {
    id,
    cardId,
    review,
    rating,
    state,
    ...(o[1] ? { practice: true } : {}),
    ...(retention !== undefined ? { retention } : {}),
  };
}

export interface Shared {
  readonly log: Y.Map<unknown>;
  readonly undone: Y.Map<unknown>;
  readonly settings: Y.Map<unknown>;
}

export function shared(doc: Y.Doc): Shared {
  return { log: doc.getMap('log'), undone: doc.getMap('undone'), settings: doc.getMap('settings') };
}

/**
 * Adds to the document what it lacks of this device's progress: reviews, undo markers,
 * settings changed later than its copy. Returns how many reviews and markers it added.
 */
export function pushProgress(
  doc: Y.Doc,
  progress: { readonly log: readonly ReviewEntry[]; readonly undone: readonly string[] },
  records: SettingRecords,
): number {
  const { log, undone, settings } = shared(doc);
  let added = 0;
  doc.transact(() => {
    for (const e of progress.log) {
      if (!log.has(e.id) && !undone.has(e.id)) {
        log.set(e.id, toWire(e));
        added++;
      }
    }
    for (const id of progress.undone) {
      if (!undone.has(id)) {
        undone.set(id, 1);
        added++;
      }
    }
    for (const key of SETTING_KEYS) {
      const rec = records[key];
      if (!rec || DEVICE_SETTINGS.has(key)) continue;
      const there = settings.get(key);
      if (!Array.isArray(there) || !(typeof there[1] === 'number' && there[1] >= rec[1])) {
        settings.set(key, [rec[0], rec[1]]);
      }
    }
  }, LOCAL);
  return added;
}

/**
 * What the document has that this device's progress lacks, as another tab's changes:
 * reviews not here (and not taken back), and undo markers not here. `unreadable` counts
 * entries no valid review could be read from (they are left alone).
 */
export function incomingFrom(
  doc: Y.Doc,
  progress: { readonly log: readonly ReviewEntry[]; readonly undone: readonly string[] },
): Incoming & { readonly unreadable: number } {
  const { log, undone } = shared(doc);
  const have = new Set(progress.log.map((e) => e.id));
  const hidden = new Set(progress.undone);
  const entries: ReviewEntry[] = [];
  let unreadable = 0;
  for (const [id, w] of log) {
    if (have.has(id) || hidden.has(id) || undone.has(id)) continue;
    const e = fromWire(id, w);
    if (e) entries.push(e);
    else unreadable++;
  }
  const markers = [...undone.keys()].filter((id) => !hidden.has(id) && ENTRY_ID.test(id));
  return { entries, undone: markers, unreadable };
}

/** The shared settings changed later than this device's, as a settings change. */
export function settingsFrom(
  doc: Y.Doc,
  records: SettingRecords,
  current: Settings,
): Partial<Settings> {
  const patch: Record<string, unknown> = {};
  for (const [key, rec] of shared(doc).settings) {
    const k = key as SettingKey;
    if (!SETTING_KEYS.includes(k) || DEVICE_SETTINGS.has(k) || !Array.isArray(rec)) continue;
    const [value, at] = rec as unknown[];
    const mine = records[k];
    if (typeof at !== 'number' || (mine && mine[1] >= at)) continue;
    if (validSetting(k, value) !== undefined && current[k] !== value) patch[k] = value;
  }
  return patch as Partial<Settings>;
}
