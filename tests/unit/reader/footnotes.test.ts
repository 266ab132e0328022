import { describe, expect, it } from "vitest";
import type { Block, Mark } from "@/lib/corpus/types";
import { idSafe, linkFootnotes } from "@/lib/reader/footnotes";

const p = (start: number, end: number): Block => ({ kind: "paragraph", start, end });
const fn = (start: number, end: number, label: string): Block => ({ kind: "footnote", start, end, label });
const ref = (start: number, label: string): Mark => ({ kind: "footnote-ref", start, end: start + 3, label });

describe("linkFootnotes", () => {
  it("links markers to their footnote and the footnote back to its first marker", () => {
    const blocks = [p(0, 50), p(52, 90), fn(92, 120, "1"), fn(122, 140, "2")];
    const marks = [ref(10, "1"), ref(60, "1"), ref(70, "2")];
    const links = linkFootnotes(blocks, marks);
    expect(links.noteIds).toEqual(new Map([[2, "fn-1"], [3, "fn-2"]]));
    expect(links.refs.get(10)).toEqual({ href: "#fn-1", id: "r-1" });
    expect(links.refs.get(60)).toEqual({ href: "#fn-1" });
    expect(links.backrefs).toEqual(new Map([[2, "#r-1"], [3, "#r-2"]]));
  });

  it("sends a repeated label to the footnote of its own article", () => {
    // Two articles in one capture, each with a footnote "1" after its text.
    const blocks = [p(0, 40), fn(42, 60, "1"), p(62, 100), fn(102, 120, "1")];
    const links = linkFootnotes(blocks, [ref(5, "1"), ref(70, "1")]);
    expect(links.noteIds).toEqual(new Map([[1, "fn-1"], [3, "fn-1-2"]]));
    expect(links.refs.get(5)?.href).toBe("#fn-1");
    expect(links.refs.get(70)).toEqual({ href: "#fn-1-2", id: "r-1-2" });
  });

  it("leaves markers without a footnote unlinked", () => {
    const links = linkFootnotes([p(0, 40)], [ref(5, "citation needed")]);
    expect(links.refs.size).toBe(0);
  });

  it("makes labels safe for ids", () => {
    expect(idSafe(" note a ")).toBe("note_a");
    expect(idSafe("12")).toBe("12");
  });
});
