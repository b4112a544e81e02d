import * as v from 'valibot';
import {
  ENTRY_ID,
  isCardId,
  isCount,
  isInstant,
  isNonNegative,
  isPhase,
  isReserved,
  isRetention,
} from './schema.ts';

const isGrade = (x: unknown): x is 1 | 2 | 3 | 4 => x === 1 || x === 2 || x === 3 || x === 4;
const isEntryId = (x: unknown): x is string =>
  typeof x === 'string' && ENTRY_ID.test(x) && !isReserved(x);

/**
 * The shapes of what comes from outside the app's own current layout: backup files and
 * older layouts. valibot checks them field by field, so a problem can be said where it is;
 * the field checks are the same predicates the storage reader uses (store/schema.ts).
 * Only the pages that import or that meet older data load this.
 */

export const instant = v.custom<number>(isInstant, 'a moment between 1970 and 9999');
export const count = v.custom<number>(isCount, 'a whole number');
const nonNegative = v.custom<number>(isNonNegative, 'a number of 0 or more');
const phase = v.custom<0 | 1 | 2 | 3>(isPhase, 'a learning phase');
const grade = v.custom<1 | 2 | 3 | 4>(isGrade, 'a rating');
export const CardId = v.custom<string>(isCardId, 'a card id');
export const EntryId = v.custom<string>(isEntryId, 'an entry id');

export const CardStateSchema = v.object({
  due: instant,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: phase,
  lastReview: v.nullable(instant),
});

/**
 * A review as files and older layouts hold it. Unknown fields are dropped: versions 1 and
 * 2 kept undo data on recent entries, which the log no longer needs (undo replays).
 */
export const ReviewEntrySchema = v.object({
  id: EntryId,
  cardId: CardId,
  rating: grade,
  review: instant,
  state: phase,
  retention: v.optional(v.custom<number>(isRetention, 'a retention target')),
  practice: v.optional(v.literal(true)),
});
