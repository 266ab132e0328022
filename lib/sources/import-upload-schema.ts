import { z } from "zod";
import { formatForFileName, MAX_UPLOAD_BYTES } from "@/lib/corpus/decode-upload";
import { sourceMetadataSchema } from "./metadata";

// Forms send "" for an untouched field: that means "not given", not an empty value.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const fields = sourceMetadataSchema.shape;

/** "trial-notes_1937.md" -> "trial notes 1937": the title when neither the user nor the file gives one. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ").trim() || fileName;
}

const uploadedFile = z
  .custom<File>((value) => value instanceof File && value.name !== "", "Choose a file to import.")
  // Checked here so an oversized upload is refused before it is read; the importer
  // (decodeUpload) repeats the check and also refuses empty, binary and non-UTF-8 files.
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, "The file is larger than 5 MB, the limit for an import.")
  .refine(
    (file) => formatForFileName(file.name) !== undefined,
    "Choose a .txt, .md, .markdown, .html or .htm file.",
  );

/** The import form, as the server action receives it and the tests send it. */
export const importUploadSchema = z
  .object({
    groupId: z.string({ error: "Choose a group." }).trim().min(1, "Choose a group.").max(64, "The group is not valid."),
    file: uploadedFile,
    title: optional(fields.title),
    author: optional(z.string().trim().max(2000)),
    site: optional(z.string().trim().max(2000)),
    url: optional(z.string().trim().url("Give the address as https://…").refine((u) => /^https?:\/\//i.test(u), "Give the address as https://…")),
    published: optional(z.string().trim().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Give the date as 2019-08-25, 1997-09 or 1937.")),
    language: optional(z.string().trim().max(2000)),
    kind: optional(z.string().trim().max(2000)),
    perspective: optional(z.string().trim().max(2000)),
  })
  .transform(({ groupId, file, title, ...rest }) => ({
    groupId,
    file,
    metadata: {
      // Left empty, the file's own title (<h1>, <title>, "# heading") or its name is used (prepareSource).
      title: title ?? null,
      author: rest.author ?? null,
      site: rest.site ?? null,
      url: rest.url ?? null,
      published: rest.published ?? null,
      language: rest.language ?? null,
      kind: rest.kind ?? null,
      perspective: rest.perspective ?? null,
    },
  }));

export type ImportUploadInput = z.output<typeof importUploadSchema>;

/** The form's fields plus its file, ready for the schema. */
export function importUploadFields(form: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION_")) continue;
    raw[name] = value;
  }
  return raw;
}
