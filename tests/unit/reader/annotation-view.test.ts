import { describe, expect, it } from "vitest";
import type { AnnotationDto, RevisionDto } from "@/lib/annotations/dto";
import { NOTE_MAX, QUOTE_MAX, summaryOf } from "@/lib/annotations/summary";
import { annotationsAt, byDocumentOrder, facets, matchesFilters, snippet } from "@/lib/reader/annotation-view";
import { applyLiveEvent, parseLiveEvent, withDetail, withList } from "@/lib/reader/live-annotations";
import { revisionChanges } from "@/lib/reader/revision-changes";
import { archivalCitationText } from "@/lib/reader/wording";
import { accessOf, actorIn } from "@/lib/access";
import { can, ROLES, type Role } from "@/lib/policy";
import { annotateOptions, parseAnnotationParam } from "@/lib/reader/annotate-options";
import { LAYERS } from "@/lib/annotations/dto";
import { annotationDto } from "../support/annotation-dto";

const body = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function full(id: string, start: number, end: number, over: Partial<AnnotationDto> = {}): AnnotationDto {
  return annotationDto({ id, start, end, body: body(id), bodyText: id, createdAt: `2026-01-01T00:00:0${id.length}Z`, ...over });
}

const ann = (id: string, start: number, end: number, over: Partial<AnnotationDto> = {}) => summaryOf(full(id, start, end, over));

const ALL = { layers: new Set(LAYERS), author: "", tag: "", visibility: "" as const };

describe("annotation views", () => {
  it("filters by layer, author, tag (any case) and visibility", () => {
    const a = ann("a", 0, 5, { tags: ["NKVD"], layer: "apologist_claim" });
    expect(matchesFilters(a, ALL)).toBe(true);
    expect(matchesFilters(a, { ...ALL, layers: new Set(["rebuttal"] as const) })).toBe(false);
    expect(matchesFilters(a, { ...ALL, tag: "nkvd" })).toBe(true);
    expect(matchesFilters(a, { ...ALL, author: "u2" })).toBe(false);
    expect(matchesFilters(a, { ...ALL, visibility: "public" })).toBe(false);
  });

  it("offers each author and tag once, sorted", () => {
    const f = facets([ann("a", 0, 1, { tags: ["b", "A"] }), ann("b", 0, 1, { tags: ["a"], author: { id: "u0", name: "Zoe" } })]);
    expect(f.tags).toEqual(["A", "b"]);
    expect(f.authors.map((x) => x.name)).toEqual(["Ann", "Zoe"]);
  });

  it("finds what covers a character, the narrowest first, skipping orphans", () => {
    const list = [ann("wide", 0, 20), ann("narrow", 5, 8), ann("gone", 5, 8, { anchorStatus: "orphaned" })];
    expect(annotationsAt(list, 6, () => true).map((a) => a.id)).toEqual(["narrow", "wide"]);
    expect(annotationsAt(list, 8, () => true).map((a) => a.id)).toEqual(["wide"]);
    expect(annotationsAt(list, 20, () => true)).toEqual([]);
  });

  it("sorts in document order with orphans last", () => {
    const list = [ann("o", 0, 1, { anchorStatus: "orphaned" }), ann("b", 5, 9), ann("a", 5, 7)];
    expect(list.sort(byDocumentOrder).map((a) => a.id)).toEqual(["a", "b", "o"]);
  });

  it("cuts snippets on a word", () => {
    expect(snippet("one two three four", 10)).toBe("one two…");
    expect(snippet("  short\n text ")).toBe("short text");
  });

  it("summarizes with the quote and the note cut for the panel, and nothing the list does not show", () => {
    const long = "word ".repeat(100);
    const s = ann("a", 0, 500, { exact: long, bodyText: long, prefix: "p", links: [], groupName: "G" });
    expect(s.exact.length).toBeLessThanOrEqual(QUOTE_MAX + 1);
    expect(s.note.length).toBeLessThanOrEqual(NOTE_MAX + 1);
    expect(Object.keys(s).sort()).toEqual(
      ["anchorStatus", "author", "createdAtMs", "end", "exact", "id", "layer", "note", "replyCount", "start", "tags", "version", "visibility"],
    );
  });
});

describe("applyLiveEvent", () => {
  const state = { annotations: [ann("a", 0, 5), ann("c", 9, 12)], details: {}, replies: {} };

  it("inserts a created annotation in document order, once, and holds it in full", () => {
    const created = { type: "annotation" as const, change: "created" as const, annotation: full("b", 6, 7) };
    const next = applyLiveEvent(applyLiveEvent(state, created), created);
    expect(next.annotations.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(next.details.b).toEqual(created.annotation);
  });

  it("keeps a newer local version over a late event, and drops deleted and hidden ones", () => {
    const mine = full("a", 0, 5, { version: 3, bodyText: "mine" });
    const local = { ...state, annotations: [summaryOf(mine)], details: { a: mine } };
    const late = applyLiveEvent(local, { type: "annotation", change: "updated", annotation: full("a", 0, 5, { version: 2 }) });
    expect(late.annotations[0]!.note).toBe("mine");
    expect(late.details.a).toBe(mine);
    const deleted = applyLiveEvent(local, { type: "annotation", change: "deleted", annotation: full("a", 0, 5) });
    expect(deleted.annotations).toEqual([]);
    expect(deleted.details).toEqual({});
    expect(applyLiveEvent(state, { type: "annotation", change: "hidden", id: "c" }).annotations.map((a) => a.id)).toEqual(["a"]);
  });

  it("holds an opened annotation without touching the list, unless it is older than the list's", () => {
    const opened = withDetail(state, full("a", 0, 5));
    expect(opened.annotations).toBe(state.annotations);
    expect(opened.details.a?.id).toBe("a");
    expect(withDetail(state, full("x", 0, 5)).details).toEqual({});
    expect(withDetail({ ...state, annotations: [ann("a", 0, 5, { version: 2 })] }, full("a", 0, 5)).details).toEqual({});
  });

  it("drops held annotations that a fetched list shows changed or gone", () => {
    const held = { ...state, details: { a: full("a", 0, 5), c: full("c", 9, 12) } };
    const next = withList(held, [ann("a", 0, 5), ann("c", 9, 12, { version: 2 })]);
    expect(Object.keys(next.details)).toEqual(["a"]);
  });

  it("counts a reply and appends it to a loaded thread, once", () => {
    const reply = { id: "r", annotationId: "a", author: { id: "u", name: "B" }, body: body("hi"), bodyText: "hi", createdAt: "" };
    const loaded = { ...state, replies: { a: [] } };
    const event = { type: "reply" as const, change: "created" as const, reply };
    const next = applyLiveEvent(applyLiveEvent(loaded, event), event);
    expect(next.replies.a).toHaveLength(1);
    expect(next.annotations[0]!.replyCount).toBe(1);
    const opened = applyLiveEvent(withDetail(state, full("a", 0, 5)), event);
    expect(opened.details.a?.replyCount).toBe(1);
  });

  it("parses stream payloads and refuses anything else", () => {
    expect(parseLiveEvent(JSON.stringify({ type: "annotation", change: "hidden", id: "x" }))).toEqual({ type: "annotation", change: "hidden", id: "x" });
    expect(parseLiveEvent("not json")).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ type: "annotation", change: "created" }))).toBeNull();
  });
});

describe("revisionChanges", () => {
  const rev = (over: Partial<RevisionDto>): RevisionDto => ({
    version: 1,
    kind: "edit",
    editor: { id: "u", name: "U" },
    layer: "rebuttal",
    visibility: "group",
    body: body("a"),
    bodyText: "a",
    tags: ["x"],
    citation: null,
    createdAt: "",
    ...over,
  });
  it("names each change in words", () => {
    expect(revisionChanges(undefined, rev({}))).toEqual(["Created"]);
    expect(revisionChanges(undefined, rev({ version: 3 }))).toEqual(["Earlier versions were not shared with you"]);
    expect(revisionChanges(rev({}), rev({ layer: "apologist_claim", tags: ["X", "y"], body: body("b"), bodyText: "b" }))).toEqual([
      "Layer: Rebuttal → Apologist claim",
      "Tags added: y",
      "Note edited",
    ]);
  });
  it("names a citation added, changed or removed, in the reader's wording", () => {
    const cited = (delo: string | null) => ({ archive: "RGASPI", fond: "17", opis: "162", delo, list: null, publishedIn: null, documentDate: null, url: null });
    const v1 = rev({});
    const v2 = rev({ version: 2, citation: cited("20") });
    const v3 = rev({ version: 3, citation: cited("21") });
    const v4 = rev({ version: 4 });
    expect(revisionChanges(v1, v2)).toEqual([`Archival citation added: ${archivalCitationText(cited("20"))}`]);
    expect(revisionChanges(v2, v3)).toEqual([`Archival citation: ${archivalCitationText(cited("20"))} → ${archivalCitationText(cited("21"))}`]);
    expect(revisionChanges(v3, v4)).toEqual([`Archival citation removed: ${archivalCitationText(cited("21"))}`]);
    expect(revisionChanges(v3, rev({ version: 4, citation: cited("21") }))).toEqual(["No visible change"]);
    expect(archivalCitationText(cited("20"))).toContain("20");
  });
});

describe("annotateOptions", () => {
  // What the reader is told is lib/policy's answer for each of the reader's groups.
  const reader = (memberships: { groupId: string; role: Role }[]) => accessOf("reader", memberships);
  const groups = [
    { id: "g", name: "G" },
    { id: "h", name: "H" },
  ];

  it("offers annotator groups, hides the controls from viewer-only members and signed-out readers", () => {
    expect(annotateOptions({ access: null, groups: [], sourceGroupId: null })).toEqual({ canAnnotate: false, groups: [], allowPublic: true });
    expect(annotateOptions({ access: reader([]), groups: [], sourceGroupId: null })).toEqual({ canAnnotate: true, groups: [], allowPublic: true });
    expect(annotateOptions({ access: reader([{ groupId: "g", role: "viewer" }]), groups: groups.slice(0, 1), sourceGroupId: null }).canAnnotate).toBe(false);
    const mixed = reader([
      { groupId: "g", role: "viewer" },
      { groupId: "h", role: "annotator" },
    ]);
    expect(annotateOptions({ access: mixed, groups, sourceGroupId: null })).toEqual({
      canAnnotate: true,
      groups: [{ id: "h", name: "H" }],
      allowPublic: true,
    });
    expect(parseAnnotationParam("cm1abc")).toBe("cm1abc");
    expect(parseAnnotationParam(["a", "b"])).toBeNull();
    expect(parseAnnotationParam("<x>")).toBeNull();
  });

  it("agrees with can() for every role", () => {
    for (const role of ROLES) {
      const access = reader([{ groupId: "g", role }]);
      const draft = { kind: "annotation", authorId: "reader", groupId: "g", visibility: "group", deleted: false } as const;
      const offered = annotateOptions({ access, groups: groups.slice(0, 1), sourceGroupId: null }).groups.length > 0;
      expect(offered).toBe(can(actorIn(access, "g"), "annotation:create", draft).allowed);
    }
  });
});

describe("annotateOptions on a group's own source", () => {
  const access = accessOf("reader", [
    { groupId: "seminar", role: "annotator" },
    { groupId: "other", role: "owner" },
  ]);
  const groups = [
    { id: "seminar", name: "Seminar" },
    { id: "other", name: "Other" },
  ];

  it("offers only that group, never public, and only to its annotators", () => {
    expect(annotateOptions({ access, groups, sourceGroupId: "seminar" })).toEqual({
      canAnnotate: true,
      groups: [{ id: "seminar", name: "Seminar" }],
      allowPublic: false,
    });
    const viewer = accessOf("reader", [{ groupId: "seminar", role: "viewer" }]);
    expect(annotateOptions({ access: viewer, groups: groups.slice(0, 1), sourceGroupId: "seminar" }).canAnnotate).toBe(false);
    expect(annotateOptions({ access: null, groups: [], sourceGroupId: "seminar" })).toEqual({ canAnnotate: false, groups: [], allowPublic: false });
  });
});
