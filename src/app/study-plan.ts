import type { Content } from '../content/content-index.ts';
import { API_TYPES, type ApiType } from '../content/types.ts';
import { MAX_AHEAD_DAYS } from '../domain/study-more.ts';

/** What a /study address asks for; `bad` names the part of it that cannot be read. */
export type Plan =
  | { readonly kind: 'today' }
  | { readonly kind: 'rows'; readonly rowIds: readonly string[] }
  | { readonly kind: 'cards'; readonly cardIds: readonly string[] }
  | { readonly kind: 'ahead'; readonly days: number }
  | { readonly kind: 'type'; readonly type: ApiType }
  | { readonly kind: 'group'; readonly group: string }
  /** `row`: the unknown comparison rows (else the part of the address that is wrong). */
  | { readonly kind: 'bad'; readonly param: string; readonly row?: true };

/** A plan for a custom session: one with cards of its own, chosen when it opens. */
export type CustomPlan = Exclude<Plan, { kind: 'today' | 'bad' }>;

/** Reads /study's search: at most one of row or card (repeatable), ahead, type or group. */
export function readPlan(params: URLSearchParams, content: Content): Plan {
  const rows = params.getAll('row');
  const cardIds = params.getAll('card');
  const ahead = params.get('ahead');
  const type = params.get('type');
  const group = params.get('group');
  const given = [
    rows.length > 0,
    cardIds.length > 0,
    ahead !== null,
    type !== null,
    group !== null,
  ];
  if (given.filter(Boolean).length > 1) return { kind: 'bad', param: params.toString() };
  if (cardIds.length > 0) {
    const unknown = cardIds.filter((id) => !content.cardById(id));
    return unknown.length > 0
      ? { kind: 'bad', param: `card=${unknown.join(', ')}` }
      : { kind: 'cards', cardIds: [...new Set(cardIds)] };
  }
  if (rows.length > 0) {
    const unknown = rows.filter((id) => !content.rows.some((r) => r.id === id));
    return unknown.length > 0
      ? { kind: 'bad', param: unknown.join(', '), row: true }
      : { kind: 'rows', rowIds: rows };
  }
  if (ahead !== null) {
    const days = /^\d{1,2}$/.test(ahead) ? Number(ahead) : Number.NaN;
    return days >= 1 && days <= MAX_AHEAD_DAYS
      ? { kind: 'ahead', days }
      : { kind: 'bad', param: `ahead=${ahead}` };
  }
  if (type !== null) {
    const known = API_TYPES.find((t) => t === type);
    return known ? { kind: 'type', type: known } : { kind: 'bad', param: `type=${type}` };
  }
  if (group !== null) {
    return content.groups.some((g) => g.id === group)
      ? { kind: 'group', group }
      : { kind: 'bad', param: `group=${group}` };
  }
  return { kind: 'today' };
}
