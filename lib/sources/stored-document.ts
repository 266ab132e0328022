import { z } from "zod";
import type { Block, Mark, Section } from "@/lib/corpus/types";

// Blocks, marks and sections are stored as JSON; they are read back through these
// schemas so that a malformed row fails loudly here instead of deep in the reader.
const range = { start: z.number().int().min(0), end: z.number().int().min(0) };

const blockSchema = z.object({
  kind: z.enum(["heading", "paragraph", "quote", "list-item", "footnote", "preformatted", "comment", "table-cell"]),
  ...range,
  level: z.number().int().optional(),
  depth: z.number().int().optional(),
  // Stored since the first import; read back so the reader can tell one comment from the next.
  startsComment: z.boolean().optional(),
  authorLine: z.boolean().optional(),
  row: z.number().int().min(0).optional(),
  col: z.number().int().min(0).optional(),
  header: z.boolean().optional(),
  label: z.string().optional(),
  ordinal: z.string().optional(),
});

const markSchema = z.object({
  kind: z.enum(["em", "strong", "link", "footnote-ref"]),
  ...range,
  href: z.string().optional(),
  label: z.string().optional(),
});

const sectionSchema = z.object({ title: z.string(), ...range });

export function readBlocks(json: unknown): Block[] {
  return z.array(blockSchema).parse(json);
}

export function readMarks(json: unknown): Mark[] {
  return z.array(markSchema).parse(json);
}

export function readSections(json: unknown): Section[] {
  return z.array(sectionSchema).parse(json);
}
