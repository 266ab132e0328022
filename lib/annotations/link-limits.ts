// Apart from the zod schemas, so the link form can use it without bundling zod.

/** A link's note glosses the link; the argument itself belongs in an annotation. */
export const MAX_LINK_NOTE_LENGTH = 500;
