// Plain constants, apart from the zod schemas, so the reader's client code can use
// them without bundling zod.

/**
 * A page of the list endpoint holds at most this many annotations; the reader asks
 * for the most and follows `next` until it is null (a 2,000-annotation source in two pages).
 */
export const LIST_LIMIT_MAX = 1000;
/** For clients that do not say: a screenful of panels many times over. */
export const LIST_LIMIT_DEFAULT = 500;
