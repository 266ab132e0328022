import { z } from "zod";
import { LAYERS } from "@/lib/annotations/dto";
import { VISIBILITIES } from "@/lib/policy";

/** A Hypothesis export of a busy document is a few MB; the import API reads at most this much. */
export const MAX_IMPORT_CHARS = 8 * 1024 * 1024;

export const ImportAnnotationsInput = z.strictObject({
  /** "preview" reads and anchors without writing; "commit" writes, in one transaction. */
  mode: z.enum(["preview", "commit"]),
  /** The uploaded file's text. */
  document: z.string().min(1, "choose a file to import").max(MAX_IMPORT_CHARS, "the file is too large to import"),
  visibility: z.enum(VISIBILITIES),
  groupId: z.string().trim().min(1).max(64).nullable(),
  /** For annotations whose file names no layer of ours. */
  layer: z.enum(LAYERS),
  includeDoubtful: z.boolean().default(false),
  /** The version the preview was made on; a commit on a newer one is refused (409). */
  versionId: z.string().min(1).max(64).optional(),
});
export type ImportAnnotationsInput = z.output<typeof ImportAnnotationsInput>;
