import { z } from "zod";
import type { Difference, SharedPassage, Span } from "../types";

// Reads the cached JSON back through a schema checked against the model types, so a
// field the finder adds cannot be dropped on read without the compiler noticing.

const SpanSchema = z.strictObject({ start: z.int().min(0), end: z.int().min(0), text: z.string() }) satisfies z.ZodType<Span>;

const DifferenceSchema = z.strictObject({
  kind: z.enum(["left-only", "right-only", "changed", "cut"]),
  left: SpanSchema.nullable(),
  right: SpanSchema.nullable(),
}) satisfies z.ZodType<Difference>;

const PassageSchema = z.strictObject({
  left: SpanSchema,
  right: SpanSchema,
  similarity: z.number().min(0).max(1),
  differences: z.array(DifferenceSchema),
}) satisfies z.ZodType<SharedPassage>;

const StoredPassages = z.array(PassageSchema);

/** The stored passages, or null when the row is not what this code writes (then it is recomputed). */
export function readStoredPassages(json: unknown): SharedPassage[] | null {
  const parsed = StoredPassages.safeParse(json);
  return parsed.success ? parsed.data : null;
}
