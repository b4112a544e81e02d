/** Defaults of the learner's settings, kept apart so reading them loads no scheduler. */

/** FSRS retention target: the recall probability at which a card falls due. */
export const DEFAULT_RETENTION = 0.9;

/** New cards introduced per local day. */
export const DEFAULT_NEW_PER_DAY = 20;

/** Review-state cards shown per local day, at most. */
export const DEFAULT_MAX_REVIEWS_PER_DAY = 200;
