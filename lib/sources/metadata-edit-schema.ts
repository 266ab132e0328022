// Editing a source's metadata from the reader: which fields, the input, and the
// stored form of one change (SourceMetadataRevision.changes).
import { z } from "zod";
import { sourceMetadataSchema } from "./metadata";

export const METADATA_FIELDS = ["title", "author", "site", "url", "published", "language", "kind", "perspective"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** The fields to change; one left out stays as it is, an empty one is cleared (the title cannot be). */
export const UpdateSourceMetadataInput = sourceMetadataSchema
  .pick({ title: true, author: true, site: true, url: true, published: true, language: true, kind: true, perspective: true })
  .partial()
  .strict()
  .extend({ url: z.preprocess((v) => (v === "" ? null : v), sourceMetadataSchema.shape.url).optional(), published: z.preprocess((v) => (v === "" ? null : v), sourceMetadataSchema.shape.published).optional() });
export type UpdateSourceMetadataInput = z.output<typeof UpdateSourceMetadataInput>;

const Change = z.object({ from: z.string().nullable(), to: z.string().nullable() });
/** A stored revision's changes, read back: field -> { from, to }. */
export const MetadataChanges = z.partialRecord(z.enum(METADATA_FIELDS), Change);
export type MetadataChanges = z.output<typeof MetadataChanges>;
