import { describe, expect, it } from "vitest";
import type { AnnotationDto, RevisionDto } from "@/lib/annotations/dto";
import { annotationsAt, byDocumentOrder, facets, matchesFilters, snippet } from "@/lib/reader/annotation-view";
import { applyLiveEvent, parseLiveEvent } from "@/lib/reader/live-annotations";
import { revisionChanges } from "@/lib/reader/revision-changes";
import { annotateOptions, parseAnnotationParam } from "@/lib/reader/annotate-options";
import { LAYERS } from "@/lib/annotations/dto";

const body = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

function ann(id: string, start: number, end: number, over: Partial<AnnotationDto> = {}): AnnotationDto {
  return {
    id,
    sourceId: "s",
    versionId: "v",
    groupId: null,
    groupName: null,
    author: { id: "u1", name: "Ann" },
    visibility: "private",
    layer: "rebuttal",
    start,
    end,
    exact: "x",
    prefix: "",
    suffix: "",
    anchorStatus: "exact",
    body: body(id),
    bodyText: id,
    tags: [],
    version: 1,
    deleted: false,
    createdAt: `2026-01-01T00:00:0${id.length}Z`,
    updatedAt: "2026-01-01T00:00:00Z",
    replyCount: 0,
    links: [],
    citation: null,
    can: { edit: true, delete: true, reply: true, link: true },
    ...over,
  };
}

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

  it("finds what covers a character, the narrowest first, skipping orphans and deleted ones", () => {
    const list = [ann("wide", 0, 20), ann("narrow", 5, 8), ann("gone", 5, 8, { anchorStatus: "orphaned" }), ann("del", 0, 9, { deleted: true })];
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
});

describe("applyLiveEvent", () => {
  const state = { annotations: [ann("a", 0, 5), ann("c", 9, 12)], replies: {} };

  it("inserts a created annotation in document order, once", () => {
    const created = { type: "annotation" as const, change: "created" as const, annotation: ann("b", 6, 7) };
    const next = applyLiveEvent(applyLiveEvent(state, created), created);
    expect(next.annotations.map((a) => a.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps a newer local version over a late event, and drops deleted and hidden ones", () => {
    const local = { ...state, annotations: [ann("a", 0, 5, { version: 3, bodyText: "mine" })] };
    const late = applyLiveEvent(local, { type: "annotation", change: "updated", annotation: ann("a", 0, 5, { version: 2 }) });
    expect(late.annotations[0]!.bodyText).toBe("mine");
    expect(applyLiveEvent(state, { type: "annotation", change: "deleted", annotation: ann("a", 0, 5) }).annotations.map((a) => a.id)).toEqual(["c"]);
    expect(applyLiveEvent(state, { type: "annotation", change: "hidden", id: "c" }).annotations.map((a) => a.id)).toEqual(["a"]);
  });

  it("counts a reply and appends it to a loaded thread, once", () => {
    const reply = { id: "r", annotationId: "a", author: { id: "u", name: "B" }, body: body("hi"), bodyText: "hi", createdAt: "" };
    const loaded = { ...state, replies: { a: [] } };
    const event = { type: "reply" as const, change: "created" as const, reply };
    const next = applyLiveEvent(applyLiveEvent(loaded, event), event);
    expect(next.replies.a).toHaveLength(1);
    expect(next.annotations[0]!.replyCount).toBe(1);
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
    editor: { id: "u", name: "U" },
    layer: "rebuttal",
    visibility: "group",
    body: body("a"),
    bodyText: "a",
    tags: ["x"],
    createdAt: "",
    ...over,
  });
  it("names each change in words", () => {
    expect(revisionChanges(undefined, rev({}))).toEqual(["Created"]);
    expect(revisionChanges(rev({}), rev({ layer: "apologist_claim", tags: ["X", "y"], body: body("b"), bodyText: "b" }))).toEqual([
      "Layer: Rebuttal → Apologist claim",
      "Tags added: y",
      "Note edited",
    ]);
  });
});

describe("annotateOptions", () => {
  it("offers annotator groups, hides the controls from viewer-only members and signed-out readers", () => {
    expect(annotateOptions(false, [])).toEqual({ canAnnotate: false, groups: [] });
    expect(annotateOptions(true, [])).toEqual({ canAnnotate: true, groups: [] });
    expect(annotateOptions(true, [{ id: "g", name: "G", role: "viewer" }]).canAnnotate).toBe(false);
    expect(annotateOptions(true, [{ id: "g", name: "G", role: "viewer" }, { id: "h", name: "H", role: "annotator" }])).toEqual({
      canAnnotate: true,
      groups: [{ id: "h", name: "H" }],
    });
    expect(parseAnnotationParam("cm1abc")).toBe("cm1abc");
    expect(parseAnnotationParam(["a", "b"])).toBeNull();
    expect(parseAnnotationParam("<x>")).toBeNull();
  });
});
