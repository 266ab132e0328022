import { describe, expect, it } from "vitest";
import { blockStartingWith, blocksOf, FILES, parsed, textOf } from "./fixtures";

// 002: a political article with one paragraph a line and no blank lines at all, so
// headings are only short lines between two full paragraphs.
const doc = parsed(FILES.f002);

describe("capture 002 (article without blank lines)", () => {
  it("finds the seven subheadings and not the dialogue lines", () => {
    // awk 'length < 60' lists 11 short lines; lines 23, 25 and 26 are the transcript
    // ("Vyshinsky: ...") and line 35 a sentence: 7 headings remain.
    expect(blocksOf(doc, "heading").map(({ block, text }) => [block.level, text])).toEqual([
      [2, "Suffocating the revolution"],
      [2, "Kirov"],
      [2, "The climax"],
      [2, "But why did they confess?"],
      [2, "Some examples"],
      [2, "The revolution devours its own children?"],
      [2, "Horror in numbers"],
    ]);
    expect(blockStartingWith(doc, "Vyshinsky: Did the center exist?").kind).toBe("paragraph");
    expect(blockStartingWith(doc, "Smirnov: But what center …?").kind).toBe("paragraph");
  });

  it("keeps the opening line (with its Greek capital Tau) as a paragraph, not a title", () => {
    const first = doc.blocks[0];
    expect(first?.kind).toBe("paragraph");
    expect(first && textOf(doc, first)).toMatch(/^Τhe first of the Moscow Trials started on 19 August 1936/);
  });

  it("marks the five transcript quotations", () => {
    // Lines 24, 26, 28, 30 and 49 are whole lines in “…”.
    expect(blocksOf(doc, "quote").map(({ text }) => text.slice(0, 30))).toEqual([
      "“Since you absolutely want a l",
      "“I do not recognize that I am ",
      "“Yesterday, a passing but shar",
      "“What proofs are there in supp",
      "“Comrades judges, the facts in",
    ]);
  });

  it("removes nothing and keeps the source URL line on its own", () => {
    expect(doc.report.removed).toEqual([]);
    expect(doc.report.blocksByKind).toEqual({ heading: 7, paragraph: 38, quote: 5, "list-item": 0, footnote: 0, preformatted: 0, comment: 0 });
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last && textOf(doc, last)).toBe("https://net.xekinima.org/moscow-trials-the-stalinist-middle-ages/");
  });

  it("has the article's last paragraph, the defence counsel's speech", () => {
    const speech = blockStartingWith(doc, "“Comrades judges, the facts in this trial are so clear");
    expect(textOf(doc, speech).endsWith("the Defence feels the need to wholeheartedly endorse it…”")).toBe(true);
  });
});
