// The claims board's query (the page's search parameters), one schema shared with its tests.
import { z } from "zod";
import { MAX_TAG_LENGTH } from "@/lib/annotations/schemas";
import { CLAIM_STATUSES } from "./status";

export const CLAIM_SORTS = ["newest", "claimed", "years", "status", "source"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const CLAIM_SORT_LABELS: Record<ClaimSort, string> = {
  newest: "Newest annotation first",
  claimed: "Date claimed, earliest first",
  years: "Years until refuted, fewest first",
  status: "Status",
  source: "Source",
};

/** A search parameter as Next gives it: absent, one value, or repeated (the first counts); "" is absent. */
const param = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => {
    const one = Array.isArray(v) ? v[0] : v;
    return one === "" ? undefined : one;
  }, inner.optional());

export const ClaimsQuery = z.object({
  /** A source's slug. */
  source: param(z.string().trim().min(1).max(200, "source: at most 200 characters")),
  status: param(z.enum(CLAIM_STATUSES, { message: `status: one of ${CLAIM_STATUSES.join(", ")}` })),
  /** An author's user id. */
  author: param(z.string().trim().min(1).max(64, "author: at most 64 characters")),
  tag: param(z.string().trim().min(1).max(MAX_TAG_LENGTH, `tag: at most ${MAX_TAG_LENGTH} characters`)),
  sort: param(z.enum(CLAIM_SORTS, { message: `sort: one of ${CLAIM_SORTS.join(", ")}` })).transform((s) => s ?? "newest"),
  /** 1-based; a page past the last shows the last, so an address kept while claims went away still shows claims. */
  page: param(z.coerce.number({ message: "page: a whole number from 1" }).int("page: a whole number from 1").min(1, "page: a whole number from 1").max(100_000, "page: at most 100000")).transform((p) => p ?? 1),
});

/** Claims per board page: enough to scan, few enough that a board of thousands stays a light page. */
export const CLAIMS_PAGE_SIZE = 50;

export type ClaimsQueryValue = z.output<typeof ClaimsQuery>;

/** The page's reading: a query that parses, else the unfiltered board and what was wrong, to show. */
export function readClaimsQuery(params: unknown): { query: ClaimsQueryValue; problem: string | null } {
  const parsed = ClaimsQuery.safeParse(params);
  if (parsed.success) return { query: parsed.data, problem: null };
  return { query: ClaimsQuery.parse({}), problem: parsed.error.issues[0]?.message ?? "The filters are not valid." };
}
