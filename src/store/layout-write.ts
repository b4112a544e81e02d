import type { ReviewEntry } from '../domain/card-state.ts';
import { CARD_FIELDS, CHUNK_VERSION, type Chunk, type MainCache } from './layout.ts';
import { SCHEMA_VERSION } from './schema.ts';

/**
 * Writing the storage layout (store/layout.ts describes it; this is its other half). Only
 * what writes loads it: the study pages, and any page once it first saves something.
 */

function encodeOptions(e: ReviewEntry): string {
  let opts = '';
  if (e.practice) opts += 'p';
  if (e.retention !== undefined) opts += `r${Math.round(e.retention * 10_000)}`;
  return opts;
}

/** Entries as `offset,card,RP,id[,opts]` segments joined by `|` (see the module comment). */
export class EntryEncoder {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly segments: string[] = [];
  base: number | null = null;

  constructor(ids: readonly string[] = []) {
    for (const id of ids) this.cardIndex(id);
  }

  private cardIndex(cardId: string): number {
    let i = this.index.get(cardId);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(cardId);
      this.index.set(cardId, i);
    }
    return i;
  }

  get count(): number {
    return this.segments.length;
  }

  add(e: ReviewEntry): void {
    this.base ??= e.review;
    const opts = encodeOptions(e);
    this.segments.push(
      `${(e.review - this.base).toString(36)},${this.cardIndex(e.cardId).toString(36)},${e.rating}${e.state},${e.id}${opts ? `,${opts}` : ''}`,
    );
  }

  text(): string {
    return this.segments.join('|');
  }
}

export function encodeChunk(chunk: Chunk, encoder?: EntryEncoder): string {
  const enc = encoder ?? new EntryEncoder();
  if (!encoder) for (const e of chunk.entries) enc.add(e);
  const header: Record<string, unknown> = {
    v: CHUNK_VERSION,
    w: chunk.writer,
    g: chunk.generation,
    b: enc.base ?? 0,
    t: chunk.written,
    n: enc.count,
    ids: enc.ids,
  };
  if (chunk.undone.length) header.u = chunk.undone;
  if (Object.keys(chunk.settings).length) header.s = chunk.settings;
  if (chunk.reset) header.x = chunk.reset;
  return `${JSON.stringify(header)}\n${enc.text()}`;
}

export function encodeMain(main: MainCache): string {
  const cards: Record<string, unknown[]> = {};
  for (const [id, c] of Object.entries(main.cards)) cards[id] = CARD_FIELDS.map((f) => c[f]);
  const state: Record<string, unknown> = { g: main.generation, settings: main.settings, cards };
  if (main.reset) state.x = main.reset;
  if (main.fp !== null) state.fp = main.fp;
  return JSON.stringify({ state, version: SCHEMA_VERSION });
}
