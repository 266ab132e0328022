// Request schemas for the annotation API, one per input; the tests parse their
// fixtures with the same schemas. Bodies go through validateBody here, so a
// parsed input always holds a checked note and its derived plain text.
import { z } from "zod";
import { VISIBILITIES } from "@/lib/policy";
import { type BodyDoc, validateBody } from "./body";
import { LAYERS, LINK_KINDS } from "./dto";
import { MAX_LINK_NOTE_LENGTH } from "./link-limits";
import { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX } from "./list-limits";

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** Longer than any paragraph of the corpus; a whole chapter belongs in several annotations. */
export const MAX_QUOTE_LENGTH = 20_000;

const Id = z.string().trim().min(1, "an id is required").max(64, "an id is at most 64 characters");

/** A note that passed validateBody: its normalized tiptap JSON and plain text. */
export interface CheckedBody {
  doc: BodyDoc;
  text: string;
}

export const BodyInput = z.unknown().transform((json, ctx): CheckedBody => {
  const checked = validateBody(json);
  if (!checked.ok) {
    ctx.addIssue({ code: "custom", message: checked.reason, params: { body: true } });
    return z.NEVER;
  }
  return { doc: checked.doc, text: checked.text };
});

/** Trimmed and deduplicated case-insensitively; the first spelling wins. */
export const TagsInput = z
  .array(z.string().trim().min(1, "a tag cannot be empty").max(MAX_TAG_LENGTH, `a tag is at most ${MAX_TAG_LENGTH} characters`))
  .max(MAX_TAGS * 5, `at most ${MAX_TAGS} tags`)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => {
      const key = tag.toLocaleLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .refine((tags) => tags.length <= MAX_TAGS, `at most ${MAX_TAGS} tags`);

const CitationField = z
  .string()
  .trim()
  .max(500, "a citation field is at most 500 characters")
  .nullish()
  .transform((value) => (value === undefined || value === null || value === "" ? null : value));

export const ArchivalCitationInput = z
  .strictObject({
    archive: CitationField,
    fond: CitationField,
    opis: CitationField,
    delo: CitationField,
    list: CitationField,
    publishedIn: CitationField,
    documentDate: CitationField,
    /** Where the document can be read: an http(s) address. */
    url: CitationField.refine((u) => u === null || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(u), "the citation's URL must be an http(s) address"),
  })
  .refine((c) => Object.values(c).some((v) => v !== null), "a citation needs at least one field");
export type ArchivalCitationInput = z.output<typeof ArchivalCitationInput>;

export const CreateAnnotationInput = z.strictObject({
  /** The version the offsets were taken from; when given and no longer current, 409. */
  versionId: Id.optional(),
  visibility: z.enum(VISIBILITIES),
  layer: z.enum(LAYERS),
  groupId: Id.nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().min(1, "the quote is empty").max(MAX_QUOTE_LENGTH, `a quote is at most ${MAX_QUOTE_LENGTH} characters`),
  // Accepted for W3C-shaped clients, but the server derives its own from the text.
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
  body: BodyInput,
  tags: TagsInput.default([]),
  citation: ArchivalCitationInput.nullish(),
});
export type CreateAnnotationInput = z.output<typeof CreateAnnotationInput>;

/** "Place again": an orphan put on a passage the user selected in the current text. */
export const PlaceAnnotationInput = z.strictObject({
  /** The annotation's version the user saw; a change meanwhile is a 409 like an edit's. */
  version: z.number().int().min(1),
  /** The source version the offsets were taken from; no longer current, 409. */
  versionId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().min(1, "the quote is empty").max(MAX_QUOTE_LENGTH, `a quote is at most ${MAX_QUOTE_LENGTH} characters`),
});
export type PlaceAnnotationInput = z.output<typeof PlaceAnnotationInput>;

export const UpdateAnnotationInput = z
  .strictObject({
    version: z.number().int().min(1),
    body: BodyInput.optional(),
    layer: z.enum(LAYERS).optional(),
    tags: TagsInput.optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    /** The archival citation in place of the one kept; null removes it. */
    citation: ArchivalCitationInput.nullable().optional(),
  })
  .refine(
    (u) => u.body !== undefined || u.layer !== undefined || u.tags !== undefined || u.visibility !== undefined || u.citation !== undefined,
    "nothing to change: send body, layer, tags, visibility or citation",
  );
export type UpdateAnnotationInput = z.output<typeof UpdateAnnotationInput>;

export const CreateReplyInput = z.strictObject({
  body: BodyInput.refine((b) => b.text.trim() !== "", "a reply cannot be empty"),
});
export type CreateReplyInput = z.output<typeof CreateReplyInput>;


export const CreateLinkInput = z.strictObject({
  toId: Id,
  kind: z.enum(LINK_KINDS),
  note: z
    .string()
    .trim()
    .max(MAX_LINK_NOTE_LENGTH, `a link note is at most ${MAX_LINK_NOTE_LENGTH} characters`)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === "" ? null : v)),
});
export type CreateLinkInput = z.output<typeof CreateLinkInput>;

/** A link as seen from one of its ends: DELETE /api/annotations/:annotationId/links/:linkId. */
export const LinkRefInput = z.strictObject({ annotationId: Id, linkId: Id });
export type LinkRefInput = z.output<typeof LinkRefInput>;

/** Filters and page of the list route, from its query string. */
// Not strict: unknown query parameters (cache busters) are ignored.
export const ListAnnotationsQuery = z.object({
  layer: z.enum(LAYERS).optional(),
  author: Id.optional(),
  tag: z.string().trim().min(1).max(MAX_TAG_LENGTH).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  limit: z.coerce
    .number()
    .int("limit: a whole number")
    .min(1, "limit: at least 1")
    .max(LIST_LIMIT_MAX, `limit: at most ${LIST_LIMIT_MAX}`)
    .default(LIST_LIMIT_DEFAULT),
  /** The previous page's `next`. */
  cursor: z.string().min(1).max(400).optional(),
});
export type ListAnnotationsQuery = z.output<typeof ListAnnotationsQuery>;

export const SEARCH_LIMIT = 20;

/** The link form's search across sources, from its query string. */
export const SearchAnnotationsQuery = z.object({
  q: z.string().trim().min(2, "type at least 2 characters to search").max(200, "a search is at most 200 characters"),
  layer: z.enum(LAYERS).optional(),
  /** Leave out one source's annotations (the reader lists those already). */
  notSource: Id.optional(),
});
export type SearchAnnotationsQuery = z.output<typeof SearchAnnotationsQuery>;

/** Revisions and replies come in pages: a long thread or history is never sent whole. */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;
const PageLimit = z.coerce
  .number()
  .int("limit: a whole number")
  .min(1, "limit: at least 1")
  .max(MAX_PAGE_SIZE, `limit: at most ${MAX_PAGE_SIZE}`)
  .default(DEFAULT_PAGE_SIZE);

/** Newest first; `before` is the `next` of the previous page (a version number). */
export const ListRevisionsQuery = z.object({
  limit: PageLimit,
  before: z.coerce.number().int().min(1, "before: a version number").optional(),
});
export type ListRevisionsQuery = z.output<typeof ListRevisionsQuery>;

/** Oldest first; `after` is the `next` of the previous page (a reply id). */
export const ListRepliesQuery = z.object({
  limit: PageLimit,
  after: Id.optional(),
});
export type ListRepliesQuery = z.output<typeof ListRepliesQuery>;
