import { z } from "zod";

export type AttrValue = string | number | boolean | null;

// Type aliases rather than interfaces: they stay assignable to Prisma's JSON input type.
export type BodyMark = {
  type: string;
  attrs?: Record<string, AttrValue>;
};

export type BodyNode = {
  type: string;
  attrs?: Record<string, AttrValue>;
  text?: string;
  marks?: BodyMark[];
  content?: BodyNode[];
};

/** A validated note: tiptap JSON that passed validateBody. */
export type BodyDoc = {
  type: "doc";
  content: BodyNode[];
};

// String lengths are checked per attr in structure.ts, where the message can name the attr.
const AttrValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const AttrsSchema = z.record(z.string().max(64), AttrValueSchema);
const TypeName = z.string().min(1).max(64);

const BodyMarkSchema = z.strictObject({ type: TypeName, attrs: AttrsSchema.optional() });

// Strict objects: a stray "html" or "onclick" key is refused, not carried along.
export const BodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.strictObject({
    type: TypeName,
    attrs: AttrsSchema.optional(),
    text: z.string().min(1, "text in a note cannot be empty").optional(),
    marks: z.array(BodyMarkSchema).max(8).optional(),
    content: z.array(BodyNodeSchema).optional(),
  }),
);

export const BodyDocSchema: z.ZodType<BodyDoc> = z.strictObject({
  type: z.literal("doc"),
  content: z.array(BodyNodeSchema),
});

/** Checked before anything walks the input: is this a document at all? */
export const DocEnvelopeSchema = z.looseObject({
  type: z.literal("doc", { error: 'a note must be a document (type "doc")' }),
  content: z.array(z.unknown(), { error: "a note must have a content list" }),
});

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "note is not in the expected format";
  const where = issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return `note is not in the expected format${where}: ${issue.message}`;
}
