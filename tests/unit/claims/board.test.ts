// The board from a small claim graph: chains (with a cycle), the evidence timeline
// and "years until refuted", the strongest answer, the filters and the sorts.
import { describe, expect, it } from "vitest";
import type { Layer, LinkKind } from "@/lib/annotations/dto";
import { claimComparePath, claimReaderPath, claimsBoardPath } from "@/lib/claims/addresses";
import { claimBoard } from "@/lib/claims/board";
import { axisPercent, boardAxis } from "@/lib/claims/timeline";
import { ClaimsQuery, readClaimsQuery } from "@/lib/claims/schemas";
import type { BoardAnnotation, BoardLink, ClaimGraph } from "@/lib/claims/types";

const SOURCES = {
  apology: { id: "s1", slug: "apology", title: "Analyzing the Moscow Trials", published: "1938" },
  blog: { id: "s2", slug: "deniers", title: "Again about the Stalinist deniers", published: "2019-08-25" },
  purge: { id: "s3", slug: "great-purge", title: "The Great Purge", published: "1997-09" },
  undated: { id: "s4", slug: "undated", title: "Undated notes", published: null },
};

function note(id: string, layer: Layer, source: keyof typeof SOURCES, extra: Partial<BoardAnnotation> = {}): BoardAnnotation {
  return {
    id,
    layer,
    exact: `quote of ${id}`,
    note: "",
    tags: [],
    createdAt: `2026-01-0${id.length}T00:00:00.000Z`,
    author: { id: "u1", name: "Ada" },
    source: SOURCES[source],
    citation: null,
    ...extra,
  };
}
const link = (fromId: string, kind: LinkKind, toId: string): BoardLink => ({ id: `${fromId}-${kind}-${toId}`, fromId, toId, kind, note: null });

const graph: ClaimGraph = {
  annotations: [
    note("c1", "apologist_claim", "apology", { tags: ["Radek"], createdAt: "2026-01-01T00:00:00.000Z" }),
    note("c2", "apologist_claim", "apology", { createdAt: "2026-01-02T00:00:00.000Z", author: { id: "u2", name: "Boris" } }),
    note("c3", "apologist_claim", "undated", { createdAt: "2026-01-03T00:00:00.000Z", tags: ["radek"] }),
    note("c4", "apologist_claim", "apology", { createdAt: "2026-01-04T00:00:00.000Z" }),
    note("r1", "rebuttal", "blog"),
    note("a1", "archival_finding", "purge", { citation: { archive: "RGASPI", fond: "17", opis: "171", delo: "256", list: "1", publishedIn: null, documentDate: "10.12.1937", url: null } }),
    note("a2", "archival_finding", "blog"),
    note("r2", "rebuttal", "purge"),
    note("r3", "rebuttal", "undated"),
  ],
  links: [
    // c1: rebutted by r1 (2019) and refuted by a1 (document of 1937; published 1997).
    link("r1", "rebuts", "c1"),
    link("a1", "refutes", "c1"),
    // c2: refuted by a2 (no citation: its source's date, 2019), whose answer r2 is itself rebutted by r1.
    link("a2", "refutes", "c2"),
    link("r2", "rebuts", "a2"),
    link("r1", "rebuts", "r2"),
    // c3: in a cycle with r3.
    link("r3", "rebuts", "c3"),
    link("c3", "rebuts", "r3"),
    // c4: nothing.
  ],
};

const board = (query: Record<string, string> = {}) => claimBoard(graph, ClaimsQuery.parse(query));
const row = (id: string) => {
  const found = board().rows.find((r) => r.claim.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe("claimBoard", () => {
  it("derives every claim's status", () => {
    expect(Object.fromEntries(board().rows.map((r) => [r.claim.id, r.status]))).toEqual({ c1: "refuted", c2: "refuted", c3: "contested", c4: "unanswered" });
  });

  it("shows the chain, answers of answers included, and cuts a cycle where it repeats", () => {
    const c2 = row("c2").chain;
    expect(c2.map((e) => [e.annotation.id, e.link.kind, e.label])).toEqual([["a2", "refutes", "in"]]);
    expect(c2[0]!.answers.map((e) => [e.annotation.id, e.label])).toEqual([["r2", "out"]]);
    expect(c2[0]!.answers[0]!.answers.map((e) => [e.annotation.id, e.label])).toEqual([["r1", "in"]]);
    const c3 = row("c3").chain;
    expect(c3[0]).toMatchObject({ annotation: { id: "r3" }, label: "undec", repeated: false });
    expect(c3[0]!.answers).toMatchObject([{ annotation: { id: "c3" }, repeated: true, answers: [] }]);
  });

  it("puts claimed, rebutted and the archive on one axis, and counts the years until refuted from the archive's date", () => {
    const { events, yearsUntilRefuted } = row("c1").timeline;
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ["archive", "10.12.1937"],
      ["claimed", "1938"],
      ["rebutted", "2019-08-25"],
    ]);
    // The document is older than the claim's source: the archive had already spoken.
    expect(yearsUntilRefuted).toBe(-0.1);
    // Without a citation, a finding speaks at its source's date.
    expect(row("c2").timeline.events.find((e) => e.kind === "archive")?.date).toBe("2019-08-25");
    expect(row("c2").timeline.yearsUntilRefuted).toBe(81.6);
    expect(row("c3").timeline.yearsUntilRefuted).toBeNull();
    expect(row("c4").timeline.events.map((e) => e.kind)).toEqual(["claimed"]);
  });

  it("opens the strongest answer in another source: the standing archival refutation", () => {
    expect(row("c1").answer).toEqual({ annotationId: "a1", sourceSlug: "great-purge", sourceTitle: "The Great Purge", linkId: "a1-refutes-c1" });
    // r3 is in the claim's own source: no compare pair.
    expect(row("c3").answer).toBeNull();
    expect(row("c4").answer).toBeNull();
  });

  it("filters by source, status, author and tag (tags case-insensitively)", () => {
    const ids = (q: Record<string, string>) => board(q).rows.map((r) => r.claim.id).sort();
    expect(ids({ source: "undated" })).toEqual(["c3"]);
    expect(ids({ status: "refuted" })).toEqual(["c1", "c2"]);
    expect(ids({ author: "u2" })).toEqual(["c2"]);
    expect(ids({ tag: "RADEK" })).toEqual(["c1", "c3"]);
    expect(ids({ source: "apology", status: "unanswered" })).toEqual(["c4"]);
    expect(board({ status: "supported" })).toMatchObject({ rows: [], total: 4 });
  });

  it("sorts by years until refuted (undated last), by date claimed, by status, by newest", () => {
    const order = (sort: string) => board({ sort }).rows.map((r) => r.claim.id);
    expect(order("years")).toEqual(["c1", "c2", "c4", "c3"]);
    expect(order("newest")).toEqual(["c4", "c3", "c2", "c1"]);
    expect(order("status")).toEqual(["c4", "c3", "c2", "c1"]);
    expect(order("claimed")).toEqual(["c4", "c2", "c1", "c3"]);
  });

  it("offers the sources, authors and tags of all claims as filters", () => {
    expect(board({ status: "refuted" }).facets).toEqual({
      sources: [
        { slug: "apology", title: "Analyzing the Moscow Trials", count: 3 },
        { slug: "undated", title: "Undated notes", count: 1 },
      ],
      authors: [
        { id: "u1", name: "Ada" },
        { id: "u2", name: "Boris" },
      ],
      tags: ["radek", "Radek"],
    });
  });
});

describe("readClaimsQuery", () => {
  it("takes the first of repeated parameters and treats empty ones as absent", () => {
    expect(readClaimsQuery({ status: ["rebutted", "refuted"], source: "", sort: "years" })).toEqual({ query: { status: "rebutted", sort: "years", page: 1 }, problem: null });
  });

  it("reads the page as a whole number from 1", () => {
    expect(readClaimsQuery({ page: "3" }).query.page).toBe(3);
    expect(readClaimsQuery({ page: "0" }).problem).toContain("page");
    expect(readClaimsQuery({ page: "2.5" }).problem).toContain("page");
    expect(readClaimsQuery({ page: "two" }).problem).toContain("page");
  });

  it("falls back to the whole board and says what was wrong", () => {
    expect(readClaimsQuery({ status: "false" })).toEqual({ query: { sort: "newest", page: 1 }, problem: expect.stringContaining("status: one of unanswered") });
  });
});

describe("the board's pages", () => {
  // 120 claims, every third tagged "paged": 40 tagged, so one page; 120 in all, so three.
  const many: ClaimGraph = {
    annotations: Array.from({ length: 120 }, (_, i) =>
      note(`p${i}`, "apologist_claim", "apology", { createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), tags: i % 3 === 0 ? ["paged"] : [] }),
    ),
    links: [],
  };
  const pageOf = (query: Record<string, string>) => claimBoard(many, ClaimsQuery.parse(query));

  it("shows 50 claims a page, in the sort's order across pages, and counts them all", () => {
    const pages = [1, 2, 3].map((n) => pageOf({ page: String(n) }));
    expect(pages.map((p) => [p.rows.length, p.page, p.pageCount, p.offset, p.matched, p.total])).toEqual([
      [50, 1, 3, 0, 120, 120],
      [50, 2, 3, 50, 120, 120],
      [20, 3, 3, 100, 120, 120],
    ]);
    // Newest first: p119 opens page 1, p0 closes page 3, none repeats.
    const ids = pages.flatMap((p) => p.rows.map((r) => r.claim.id));
    expect(ids[0]).toBe("p119");
    expect(ids.at(-1)).toBe("p0");
    expect(new Set(ids).size).toBe(120);
  });

  it("pages the filtered claims, and shows the last page for one past it", () => {
    const tagged = pageOf({ tag: "paged" });
    expect([tagged.rows.length, tagged.pageCount, tagged.matched, tagged.total]).toEqual([40, 1, 40, 120]);
    const past = pageOf({ page: "9", sort: "claimed" });
    expect([past.page, past.offset, past.rows.length]).toEqual([3, 100, 20]);
  });

  it("keeps the filters and sort in each page's address, and leaves the defaults out", () => {
    const query = ClaimsQuery.parse({ tag: "paged", status: "unanswered", sort: "years", page: "2" });
    expect(claimsBoardPath(query)).toBe("/claims?status=unanswered&tag=paged&sort=years&page=2");
    expect(claimsBoardPath(query, 1)).toBe("/claims?status=unanswered&tag=paged&sort=years");
    expect(claimsBoardPath(ClaimsQuery.parse({}), 1)).toBe("/claims");
    expect(claimsBoardPath(ClaimsQuery.parse({ source: "a b&c" }), 3)).toBe("/claims?source=a+b%26c&page=3");
  });
});

describe("the board's addresses and axis", () => {
  it("opens the compare view of the claim's source beside its strongest answer's, by slug, on their link", () => {
    expect(claimComparePath(row("c1"))).toBe("/compare?left=apology&right=great-purge&at=link%3Aa1-refutes-c1");
    expect(claimComparePath(row("c4"))).toBeNull();
    expect(claimReaderPath(row("c4"))).toBe("/sources/apology?annotation=c4");
  });

  it("spans every dated event of the board on one axis", () => {
    const axis = boardAxis(board().rows.map((r) => r.timeline));
    expect(axis).toEqual({ from: 1937, to: 2020 });
    expect(axisPercent(axis!, 1937)).toBe(0);
    expect(axisPercent(axis!, 2020)).toBe(100);
    expect(boardAxis([row("c3").timeline])).toBeNull();
  });
});
