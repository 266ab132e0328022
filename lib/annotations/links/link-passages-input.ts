import { z } from "zod";
import { LINK_KINDS } from "../dto";
import { CreateAnnotationInput, CreateLinkInput } from "../schemas";

const Id = CreateLinkInput.shape.toId;

/** An end that exists already, or a passage to annotate now (CreateAnnotationInput on a source). */
const LinkEnd = z.union([z.strictObject({ annotationId: Id }), CreateAnnotationInput.extend({ sourceId: Id })]);
export type LinkEnd = z.output<typeof LinkEnd>;

// POST /api/compare/links: link in place, from the compare view.
export const LinkPassagesInput = z.strictObject({
  from: LinkEnd,
  to: LinkEnd,
  kind: z.enum(LINK_KINDS),
  note: CreateLinkInput.shape.note,
});
export type LinkPassagesInput = z.output<typeof LinkPassagesInput>;
