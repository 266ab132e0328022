import { describe, expect, it } from "vitest";
import { blockStartingWith, blocksOf, FILES, parsed, textOf } from "./fixtures";

// 004: a wiki mirror's article with [n] markers, a numbered notes list whose
// heading was lost, bulleted bibliographies, and the mirror's chrome.
const doc = parsed(FILES.f004);

describe("capture 004 (encyclopedia article)", () => {
  it("finds the title and the eleven section headings", () => {
    expect(blocksOf(doc, "heading").map(({ block, text }) => `${block.level} ${text}`)).toEqual([
      "1 Moscow Trials",
      "2 Early Show Trials",
      "2 Shakhty Trial",
      "2 Industrial Party Trial",
      "2 Background to the Moscow Trials of 1937–1938",
      "2 Trial of the Sixteen",
      "2 Trial of the Anti-Soviet Trotskyist Center",
      "2 Trial of the Twenty-One",
      "2 The trials in literature",
      "2 Primary sources",
      "2 Secondary sources",
      "2 Further reading",
    ]);
    // A caption and a short sentence ending in its note marker are not headings.
    expect(blockStartingWith(doc, "Prosecutor General Vyshinskiy (centre)").kind).toBe("paragraph");
    expect(blockStartingWith(doc, "The second trial occurred between January 23 and January 30, 1937.[23]").kind).toBe("paragraph");
  });

  it("reads the 44 numbered references as notes, without their backlinks", () => {
    // Lines 189-232, "  1." to "  44.": they are the targets of the [n] markers.
    const notes = blocksOf(doc, "footnote");
    expect(notes.map(({ block }) => block.label)).toEqual(Array.from({ length: 44 }, (_, i) => String(i + 1)));
    expect(notes[2]?.text).toBe("Kotkin, Stephen (2014). Stalin Volume I: Paradoxes of Power, 1878-1928. Penguin Press.");
    expect(notes[43]?.text).toBe("Orlov 1953, p. ?");
  });

  it("marks the 84 [n] markers and keeps them, and [citation needed], in the text", () => {
    // grep -oE '\[[0-9]+\]' | wc -l = 84; grep -o '\[citation needed\]' = 6.
    const refs = doc.marks.filter((m) => m.kind === "footnote-ref");
    expect(refs).toHaveLength(84);
    expect(refs.every((m) => doc.text.slice(m.start, m.end) === `[${m.label}]`)).toBe(true);
    expect(doc.text.match(/\[citation needed\]/g)).toHaveLength(6);
    expect(doc.text).toContain("in early 1923[6][citation needed] after Vladimir Lenin");
  });

  it("keeps the defendants as a numbered list and the bibliographies as bullets", () => {
    // Lines 101-121: 21 defendants; grep -c '^  •' = 25 bullets; line 87 "* The Bukharin...".
    const numbered = blocksOf(doc, "list-item").filter(({ block }) => block.ordinal !== undefined);
    expect(numbered.map(({ block }) => block.ordinal)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(numbered[0]?.text).toBe("Nikolai Bukharin – Marxist theoretician, former head of Communist International and member of Politburo");
    expect(doc.report.blocksByKind["list-item"]).toBe(21 + 25 + 1);
  });

  it("marks Khrushchev's commission report as a quotation", () => {
    expect(blockStartingWith(doc, '"The commission has become acquainted with a large quantity of materials').kind).toBe("quote");
  });

  it("removes the mirror's tagline, the jump links and the template markup", () => {
    const removed = doc.report.removed;
    expect(removed.slice(0, 2)).toEqual([
      { fromLine: 3, toLine: 3, reason: "wiki boilerplate", excerpt: "From Infogalactic: the planetary knowledge core" },
      { fromLine: 4, toLine: 4, reason: "navigation", excerpt: "Jump to: navigation, search" },
    ]);
    // grep -c templatestyles = 6 lines; grep -cE '^  ([0-9]+)\. \1\.[0-9]' = 8 backlink runs.
    expect(removed.filter((r) => r.reason === "leftover markup")).toHaveLength(6);
    expect(removed.filter((r) => r.reason === "reference backlinks")).toHaveLength(8);
    expect(removed.find((r) => r.reason === "reference backlinks")).toMatchObject({ fromLine: 190, excerpt: "2.0 2.1", partOfLine: true });
    expect(doc.text).not.toMatch(/templatestyles|Jump to|planetary knowledge core|3\.00 3\.01/);
  });

  it("ends with the last further-reading entry", () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last?.kind).toBe("list-item");
    expect(last && textOf(doc, last)).toMatch(/^Goldman, Wendy Z\. \(2011\)\. Inventing the Enemy/);
  });
});
