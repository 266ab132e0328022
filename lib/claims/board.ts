// The claims board from the claim graph: every claim's status, chain, timeline and
// strongest answer, then the reader's filters and sort. Pure.
import { chainIndex, chainOf } from "./chain";
import { CLAIMS_PAGE_SIZE, type ClaimsQueryValue } from "./schemas";
import { ATTACK_KINDS, CLAIM_STATUSES, claimStatuses, groundedLabels } from "./status";
import { claimTimeline } from "./timeline";
import type { BoardAnnotation, ChainEntry, ClaimGraph, ClaimRow } from "./types";

export interface ClaimFacets {
  sources: { slug: string; title: string; count: number }[];
  authors: { id: string; name: string }[];
  tags: string[];
}

export interface ClaimBoard {
  /** The page asked for, of the filtered and sorted claims. */
  rows: ClaimRow[];
  /** Claims before the filters: an empty board and an over-filtered one say different things. */
  total: number;
  /** Claims the filters keep, over every page. */
  matched: number;
  /** The page shown (1-based, clamped to the last) and how many there are (at least 1). */
  page: number;
  pageCount: number;
  /** Position of the first row of this page among the matched claims, 0-based. */
  offset: number;
  facets: ClaimFacets;
}

/** Lower is stronger: a standing archival refutation, a standing attack, an open one, a defeated one, a support. */
function strength(entry: ChainEntry): number {
  const attack = ATTACK_KINDS.has(entry.link.kind);
  if (!attack) return entry.label === "in" ? 4 : 5;
  if (entry.label === "in") return entry.link.kind === "refutes" && entry.annotation.layer === "archival_finding" ? 0 : 1;
  return entry.label === "undec" ? 2 : 3;
}

function strongestAnswer(claim: BoardAnnotation, chain: readonly ChainEntry[]): ClaimRow["answer"] {
  const elsewhere = chain.filter((e) => e.annotation.source.id !== claim.source.id);
  const best = elsewhere.reduce<ChainEntry | null>((b, e) => (b === null || strength(e) < strength(b) ? e : b), null);
  if (best === null) return null;
  return { annotationId: best.annotation.id, sourceSlug: best.annotation.source.slug, sourceTitle: best.annotation.source.title, linkId: best.link.id };
}

/** Every apologist claim of the graph as a row, unfiltered, in no particular order. */
export function claimRows(graph: ClaimGraph): ClaimRow[] {
  const labels = groundedLabels(graph.annotations, graph.links);
  const statuses = claimStatuses(graph.annotations, graph.links);
  const index = chainIndex(graph.annotations, graph.links, labels);
  return graph.annotations
    .filter((a) => a.layer === "apologist_claim")
    .map((claim) => {
      const status = statuses.get(claim.id) ?? "unanswered";
      const chain = chainOf(index, claim.id);
      return { claim, status, chain, timeline: claimTimeline(claim, chain, status), answer: strongestAnswer(claim, chain) };
    });
}

const byText = (a: string, b: string) => a.localeCompare(b, "en");
const nullsLast = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);
const claimedAt = (r: ClaimRow) => r.timeline.events.find((e) => e.kind === "claimed")?.at ?? null;
const newest = (a: ClaimRow, b: ClaimRow) => byText(b.claim.createdAt, a.claim.createdAt) || byText(a.claim.id, b.claim.id);

const SORTS: Record<ClaimsQueryValue["sort"], (a: ClaimRow, b: ClaimRow) => number> = {
  newest,
  claimed: (a, b) => nullsLast(claimedAt(a), claimedAt(b)) || newest(a, b),
  years: (a, b) => nullsLast(a.timeline.yearsUntilRefuted, b.timeline.yearsUntilRefuted) || newest(a, b),
  status: (a, b) => CLAIM_STATUSES.indexOf(a.status) - CLAIM_STATUSES.indexOf(b.status) || newest(a, b),
  source: (a, b) => byText(a.claim.source.title, b.claim.source.title) || newest(a, b),
};

function facetsOf(rows: readonly ClaimRow[]): ClaimFacets {
  const sources = new Map<string, ClaimFacets["sources"][number]>();
  const authors = new Map<string, string>();
  const tags = new Set<string>();
  for (const { claim } of rows) {
    const s = sources.get(claim.source.slug) ?? { slug: claim.source.slug, title: claim.source.title, count: 0 };
    sources.set(claim.source.slug, { ...s, count: s.count + 1 });
    authors.set(claim.author.id, claim.author.name);
    for (const tag of claim.tags) tags.add(tag);
  }
  return {
    sources: [...sources.values()].sort((a, b) => byText(a.title, b.title)),
    authors: [...authors].map(([id, name]) => ({ id, name })).sort((a, b) => byText(a.name, b.name)),
    tags: [...tags].sort(byText),
  };
}

/** The board the reader asked for: rows filtered by source, status, author and tag, sorted, then the page asked for. */
export function claimBoard(graph: ClaimGraph, query: ClaimsQueryValue): ClaimBoard {
  const all = claimRows(graph);
  const tag = query.tag?.toLocaleLowerCase();
  const rows = all.filter(
    (r) =>
      (query.source === undefined || r.claim.source.slug === query.source) &&
      (query.status === undefined || r.status === query.status) &&
      (query.author === undefined || r.claim.author.id === query.author) &&
      (tag === undefined || r.claim.tags.some((t) => t.toLocaleLowerCase() === tag)),
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / CLAIMS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const offset = (page - 1) * CLAIMS_PAGE_SIZE;
  const sorted = rows.sort(SORTS[query.sort]);
  return { rows: sorted.slice(offset, offset + CLAIMS_PAGE_SIZE), total: all.length, matched: sorted.length, page, pageCount, offset, facets: facetsOf(all) };
}
