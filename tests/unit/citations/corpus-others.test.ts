import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";
import { corpusText, withoutOffsets } from "./corpus";

const USSR = { kind: "published", raw: "A History of the USSR, volume 3, p. 307", title: "A History of the USSR", volume: "3", pages: "307" };

// 001 cites books by author and page ("(Avrich, p. 71)"), which are not indexed; what it
// cites by volume and pages is this.
const EXPECTED_001 = [
  USSR,
  USSR,
  USSR,
  USSR,
  { ...USSR, raw: "A History of the USSR, volume 3, pp. 307-308", pages: "307-308" },
  { kind: "published", raw: "Writings, vol.11, p. 68", title: "Writings", volume: "11", pages: "68" },
  { kind: "published", raw: "Writings, vol. 12, p. 160", title: "Writings", volume: "12", pages: "160" },
  { kind: "published", raw: "Writings, vol. 11, p. 68", title: "Writings", volume: "11", pages: "68" },
  { kind: "published", raw: "Writings, vol. 12, p. 160", title: "Writings", volume: "12", pages: "160" },
];

describe("parseArchivalCitations on the other captures", () => {
  it("finds what 001 cites by volume and pages", () => {
    const text = corpusText("001");
    for (const { raw } of EXPECTED_001) expect(text).toContain(raw);
    const found = parseArchivalCitations(text);
    expect(withoutOffsets(found)).toEqual(EXPECTED_001);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
  });

  it("pins none of 001's Ibids, each of which follows a book cited by page", () => {
    const text = corpusText("001");
    expect(text.match(/\bIbid\b/gi)?.length).toBe(17);
    expect(parseArchivalCitations(text).filter((c) => c.ibid === true)).toEqual([]);
  });

  it("finds nothing in 002, 003 and 004, which cite no archive and no volume with pages", () => {
    for (const prefix of ["002", "003", "004"]) expect(parseArchivalCitations(corpusText(prefix))).toEqual([]);
  });

  it("does not take 004's volume without pages or 001's volume after its page for references", () => {
    expect(corpusText("004")).toContain("Labour Review Vol. 3 No. 2, March–April 1958");
    expect(corpusText("001")).toContain("Russ. ed., p. 217, quoted in History of the USSR vol. 3");
    expect(corpusText("001")).toContain("Reabilitatsia. Kak Eto Bylo [“Rehabilitation. How It Happened”] vol. 2 (2003)");
  });
});
