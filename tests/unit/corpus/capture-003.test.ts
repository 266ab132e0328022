import { describe, expect, it } from "vitest";
import { blockStartingWith, blocksOf, FILES, parsed, textOf } from "./fixtures";

// 003: an educational page cut up by a cookie banner that recurs mid-paragraph,
// followed by a numbered section of primary sources (1) to (22).
const doc = parsed(FILES.f003);

describe("capture 003 (history page with primary sources)", () => {
  it("finds the title and the primary-sources heading", () => {
    expect(blocksOf(doc, "heading").map(({ block, text }) => [block.level, text])).toEqual([
      [1, "The Great Purge"],
      [2, "Primary Sources"],
    ]);
  });

  it("makes the 22 numbered sources notes and their excerpts quotations", () => {
    // grep -cE '^\([0-9]+\) ' = 22.
    const notes = blocksOf(doc, "footnote");
    expect(notes.map(({ block }) => block.label)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(notes[0]?.text).toBe("J. T. Murphy, The Errors of Trotskyism (1925)");
    expect(blockStartingWith(doc, "It is futile to think the trial was staged").kind).toBe("quote");
    // The list inside Shachtman's excerpt (lines 183-186) stays a numbered list.
    const items = blocksOf(doc, "list-item");
    expect(items.map(({ block }) => block.ordinal)).toEqual(["1", "2", "3", "4"]);
    expect(blockStartingWith(doc, "© John Simkin, March 2013").kind).toBe("paragraph");
  });

  it("keeps Mandelstam's poem with its line breaks", () => {
    const stanza = textOf(doc, blockStartingWith(doc, "We live, deaf to the land beneath us,"));
    expect(stanza).toBe(
      "We live, deaf to the land beneath us,\nTen steps away no one hears our speeches,\nAll we hear is the Kremlin mountaineer,\nThe murderer and peasant-slayer.",
    );
  });

  it("removes the breadcrumb, 14 cookie banners, their close buttons and the site menu", () => {
    // grep -n 'This site uses cookies': 14 lines; lone X/x lines: 109, 190, 236, 284;
    // line 13 ends in the banner's ", x"; lines 312-313 are the site menu.
    const byReason = (reason: string): number[] => doc.report.removed.filter((r) => r.reason === reason).map((r) => r.fromLine);
    expect(byReason("cookie banner")).toEqual([15, 33, 51, 67, 85, 107, 135, 169, 196, 217, 242, 268, 282, 300]);
    expect(byReason("close button")).toEqual([13, 109, 190, 236, 284]);
    expect(byReason("breadcrumb navigation")).toEqual([3]);
    expect(doc.report.removed.find((r) => r.reason === "site menu")).toMatchObject({ fromLine: 312, toLine: 313 });
    expect(doc.text).not.toContain("This site uses cookies");
    expect(doc.text).not.toContain("Soviet Union 1920-1945");
    expect(doc.text).not.toContain("Assassination of JFK");
  });

  it("rejoins the paragraphs the banner cut in two", () => {
    // Lines 31/35: "...but as the plot" / banner / "thickened they did not hesitate...".
    expect(doc.text).toContain("but as the plot thickened they did not hesitate");
    // Lines 13/17: "...foisted on them, x" / banner / "Riazanov flared up...".
    expect(doc.text).toContain("foisted on them, Riazanov flared up");
  });

  it("turns *titles* into emphasis and [link](#) remnants into plain text", () => {
    const em = doc.marks.filter((m) => m.kind === "em").map((m) => doc.text.slice(m.start, m.end));
    expect(em).toHaveLength(20);
    expect(em).toContain("Memoirs of a Revolutionary");
    expect(doc.marks.filter((m) => m.kind === "strong")).toHaveLength(3);
    expect(doc.marks.some((m) => m.kind === "link")).toBe(false);
    expect(doc.text).toContain("On 23rd December 1930, Isaak Illich Rubin was arrested");
    expect(doc.text).not.toMatch(/\]\(#\)|\*\*/);
  });

  it("ends with the last excerpt and the copyright line", () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last && textOf(doc, last)).toBe("© John Simkin, March 2013");
    expect(blockStartingWith(doc, "As for the number of resulting casualties from the Great Purge, Duranty's estimates").kind).toBe("quote");
  });
});
