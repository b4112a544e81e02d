/** Defaults of the learner's settings, kept apart so reading them loads no scheduler. */

/** FSRS retention target: the recall probability at which a card falls due. */
export const DEFAULT_RETENTION = 0.9;

/** New cards introduced per local day. */
export const DEFAULT_NEW_PER_DAY = 20;

/** Review-state cards shown per local day, at most. */
export const DEFAULT_MAX_REVIEWS_PER_DAY = 200;

/** Hour at which a study day begins (Anki's "next day starts at"). */
export const DEFAULT_DAY_START = 4;

/** Learning cards due within this many minutes are shown at once when nothing else is due (Anki's learn-ahead limit). */
export const DEFAULT_LEARN_AHEAD_MINUTES = 20;

/** New cards "study more" adds to today's limit. */
export const DEFAULT_EXTRA_NEW = 10;

/** The most extra new cards one study day can be given. */
export const MAX_EXTRA_NEW = 999;
