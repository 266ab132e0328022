import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => (v === undefined || v === null || v === "" ? null : v));

/** Metadata a user (flags) or the corpus manifest gives for a source. */
export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1, "a title is required").max(500),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lowercase words joined by hyphens")
    .max(120)
    .optional(),
  author: optionalText,
  site: optionalText,
  url: z
    .string()
    .trim()
    .url("the url must be an absolute http(s) address")
    .refine((u) => /^https?:\/\//i.test(u), "the url must be an absolute http(s) address")
    .nullish()
    .transform((v) => v ?? null),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "published is a date like 2019-08-25, 1997-09 or 1937")
    .nullish()
    .transform((v) => v ?? null),
  language: optionalText,
  kind: optionalText,
  perspective: optionalText,
});

export type SourceMetadataInput = z.input<typeof sourceMetadataSchema>;
export type SourceMetadata = z.output<typeof sourceMetadataSchema>;

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug === "" ? "source" : slug;
}

/** The corpus manifest (prisma/corpus/manifest.json). */
export const manifestSchema = z.object({
  about: z.string().optional(),
  sources: z.array(
    z.object({ file: z.string().min(1) }).and(sourceMetadataSchema.omit({ slug: true })),
  ),
});
export type Manifest = z.output<typeof manifestSchema>;
