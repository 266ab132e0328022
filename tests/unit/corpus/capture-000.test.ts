import { describe, expect, it } from "vitest";
import { blockStartingWith, blocksOf, FILES, parsed, textOf } from "./fixtures";

// 000: a blog post quoting archival documents line by line (no blank lines between
// paragraphs), then a reader-comment debate rendered as an indented ordered list.
const doc = parsed(FILES.f000);

describe("capture 000 (blog post with comment thread)", () => {
  it("finds the post title under its date line and the one subheading", () => {
    // Line 3 is the title (under "Sunday, August 25, 2019"); line 26 is the only
    // short non-sentence line inside Frinovsky's statement.
    expect(blocksOf(doc, "heading").map(({ block, text }) => [block.level, text])).toEqual([
      [1, "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh."],
      [2, "Preparation of the trial of RYKOV, BUKHARIN, KRESTINSKY, YAGODA and others"],
    ]);
    expect(blockStartingWith(doc, "Sunday, August 25, 2019").kind).toBe("paragraph");
  });

  it("numbers the nine quoted documents as an ordered list", () => {
    // grep -nE '^[0-9]\. From' gives 9 lines: 13, 22, 32, 40, 46, 51, 53, 66, 70.
    const docs = blocksOf(doc, "list-item").filter(({ text }) => text.startsWith("From "));
    expect(docs.map(({ block }) => block.ordinal)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(docs[1]?.text).toMatch(/^From the statement of M\. P\. Frinovsky to L\. P\. Beria dated 11\.04\.1939/);
  });

  it("marks quoted testimony as quotations", () => {
    expect(blockStartingWith(doc, '"The thesis of my speech at the trial').kind).toBe("quote");
    expect(blockStartingWith(doc, "“I rode from Butyrki to Lefortovo").kind).toBe("quote");
    // Lines 125-126: a quotation running over two paragraphs, closed at the second.
    expect(blockStartingWith(doc, "“At first the lieutenant").kind).toBe("quote");
    expect(blockStartingWith(doc, "The major, rubbing his hands").kind).toBe("quote");
  });

  it("reads the comment thread with its nesting", () => {
    // grep -cE '^  [0-9]+\. ' = 14 top-level comments; grep -cE '^    [0-9]+\. ' = 29
    // numbered lines one level in, of which lines 355 and 357 are points inside
    // comment 8 (line 359 continues that comment at the same indent): 27 replies.
    const starts = doc.blocks.filter((b) => b.kind === "comment" && b.startsComment === true);
    expect(starts.filter((b) => b.depth === 0)).toHaveLength(14);
    expect(starts.filter((b) => b.depth === 1)).toHaveLength(27);
    expect(Math.max(...doc.blocks.map((b) => b.depth ?? 0))).toBe(1);

    const first = blockStartingWith(doc, "It gets more interesting when they try to connect Zinoviev");
    expect(first).toMatchObject({ kind: "comment", depth: 0, startsComment: true });
    const reply = blockStartingWith(doc, "Astrov in 1968:");
    expect(reply).toMatchObject({ kind: "comment", depth: 1, startsComment: true });
    // Line 174: a second paragraph of comment 2, indented under it.
    expect(blockStartingWith(doc, "In fact, it was pretty much the rule")).toMatchObject({ kind: "comment", depth: 0, startsComment: false });
    // Lines 256-260: a numbered list inside reply 7 ("...3 basic elements:"), not replies.
    expect(blockStartingWith(doc, "1. it's uncorroborated")).toMatchObject({ kind: "comment", depth: 1, startsComment: false });
    expect(blockStartingWith(doc, "1. Where's the evidence they were destroyed?")).toMatchObject({ depth: 0, startsComment: false });
  });

  it("has no footnotes and keeps the *retraction* emphasis as a mark", () => {
    expect(doc.report.blocksByKind.footnote).toBe(0);
    const em = doc.marks.filter((m) => m.kind === "em");
    expect(em.map((m) => doc.text.slice(m.start, m.end))).toEqual(["retraction"]);
    expect(doc.text).not.toContain("*retraction*");
  });

  it("drops the comments-policy link at the very end and reports it", () => {
    // grep -n "Comments Policy": line 444, the last (it has no newline after it).
    expect(doc.text).not.toContain("Please read our Comments Policy");
    expect(doc.report.removed).toEqual([
      { fromLine: 444, toLine: 444, reason: "comments policy link", excerpt: "Please read our Comments Policy" },
    ]);
  });

  it("ends with the last reply of the thread", () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last).toMatchObject({ kind: "comment", depth: 1 });
    expect(last && textOf(doc, last)).toMatch(/^For what its worth, Vijay Singh \(one of the editors of Revolutionary Democracy/);
  });
});
