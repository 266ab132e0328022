// Request schemas of search, one per input; the tests parse their fixtures with them.
import { z } from "zod";
import { LAYERS } from "@/lib/annotations/dto";

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;
export const MAX_QUERY_LENGTH = 200;

const Day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
/** An empty field of a GET form means "no filter", not an invalid value. */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "type a word to search for").max(MAX_QUERY_LENGTH, `a search is at most ${MAX_QUERY_LENGTH} characters`),
  /** A source's slug or id. */
  source: optional(z.string().trim().max(200)),
  layer: optional(z.enum(LAYERS)),
  /** The user id of whoever wrote the note or the reply. */
  author: optional(z.string().trim().max(64)),
  tag: optional(z.string().trim().max(40)),
  kind: optional(z.enum(["source", "annotation"])),
  /** Notes written, and sources published, on or after / on or before this day. */
  from: optional(Day),
  to: optional(Day),
  limit: optional(z.coerce.number().int("limit: a whole number").min(1, "limit: at least 1").max(SEARCH_LIMIT_MAX, `limit: at most ${SEARCH_LIMIT_MAX}`)),
  cursor: optional(z.string().max(400)),
});
export type SearchQuery = z.output<typeof SearchQuery>;

/** The library's filter: how many passages of each source hold the words. */
export const TextMatchQuery = z.object({
  q: z.string().trim().min(1, "type a word to search for").max(MAX_QUERY_LENGTH, `a search is at most ${MAX_QUERY_LENGTH} characters`),
});

/** A selection in the reader: [start, end) of the source's current text. */
export const FindElsewhereQuery = z
  .object({
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
  })
  .refine((r) => r.end > r.start, { message: "the selection is empty", path: ["end"] })
  .refine((r) => r.end - r.start <= 2_000, { message: "select at most 2,000 characters", path: ["end"] });
