import { describe, expect, it } from "vitest";
import { parseCapture } from "@/lib/corpus";
import { blockStartingWith, blocksOf, fastestOf, FILES, parsed, readCapture, textOf } from "./fixtures";

// 001: ten WordPress posts captured in a row, each with its own headings and
// sources list; long quotations with their sources on the next line.
const doc = parsed(FILES.f001);

describe("capture 001 (several articles in a row)", () => {
  it("finds the ten articles as sections, titled by their level-1 headings", () => {
    // grep -n $'\u00a0' ... | awk 'length < 140': the post titles are the short lines
    // whose last word is glued on with a no-break space (lines 1, 227, 245, 614, 628,
    // 644, 858, 1239, 1473, 2235).
    expect(doc.sections.map((s) => s.title)).toEqual([
      "Analyzing the Moscow Trials",
      "Why was Lenin’s body mummified? Who decided it?",
      "Truth About the Kronstadt Mutiny",
      "The Wallenberg Mystery solved? (CIA/OSS espionage against socialist Hungary)",
      "Short critique of Trotskyism",
      "“Questions of the United Front in Germany“ by Walter Ulbricht (Aug 26. 1939)",
      "Moscow Trials (Part 3 – THE GREAT PURGE)",
      "The Moscow Trials (Part 2: COURT PROCEEDINGS)",
      "The Moscow Trials (Part 1: THE INVESTIGATION)",
      "TROTSKY’S LIES (Part 2: United Fronts)",
    ]);
    expect(doc.report.sections).toBe(10);
    expect(doc.sections[0]?.start).toBe(0);
    expect(doc.sections[9]?.end).toBe(doc.text.length);
    doc.sections.forEach((section, i) => {
      const heading = doc.blocks.find((b) => b.start === section.start);
      expect(heading).toMatchObject({ kind: "heading", level: 1 });
      const next = doc.sections[i + 1];
      if (next !== undefined) expect(section.end).toBe(next.start - 2);
    });
    const levelOne = blocksOf(doc, "heading").filter(({ block }) => block.level === 1);
    expect(levelOne).toHaveLength(10);
  });

  it("puts each article's subheadings inside its section", () => {
    const kronstadt = doc.sections[2];
    const demands = blockStartingWith(doc, "THE KRONSTADT DEMANDS");
    expect(demands).toMatchObject({ kind: "heading", level: 2 });
    expect(kronstadt && demands.start > kronstadt.start && demands.end <= kronstadt.end).toBe(true);
    expect(blockStartingWith(doc, "The Zinoviev-Kamenev Trial (1936)")).toMatchObject({ kind: "heading", level: 2 });
    expect(blockStartingWith(doc, "Ezhov the Traitor")).toMatchObject({ kind: "heading", level: 2 });
  });

  it("makes the sources lists headings followed by entries, with their URLs linked", () => {
    // grep -nE '^(SOURCES|FURTHER READING)': lines 541, 1169, 1424, 2055, 2209.
    const lists = blocksOf(doc, "heading").filter(({ text }) => /^(SOURCES|FURTHER READING)/.test(text));
    expect(lists.map(({ text }) => text)).toEqual([
      "SOURCES:",
      "SOURCES & BIBLIOGRAPHY:",
      "SOURCES & BIBLIOGRAPHY:",
      "SOURCES & BIBLIOGRAPHY",
      "FURTHER READING:",
    ]);
    // Lines 1173-1174: the entry and its URL on the next line are one entry.
    const entry = blockStartingWith(doc, "Kahn & Sayers, The Great Conspiracy http");
    expect(entry.kind).toBe("list-item");
    const link = doc.marks.find((m) => m.kind === "link" && m.start >= entry.start && m.end <= entry.end);
    expect(link?.href).toBe("http://www.shunpiking.org/books/GC/");
  });

  it("does not take a quotation's source line for a heading", () => {
    expect(blockStartingWith(doc, "Trotsky, Japan & China").kind).not.toBe("heading");
    expect(blockStartingWith(doc, "D.N. Pritt (quoted in The Moscow Trial Was Fair)").kind).not.toBe("heading");
  });

  it("reads the superscript footnotes of the Ulbricht article", () => {
    // grep -cE '^[¹²³⁴⁵⁶⁷⁸⁹]' = 16 note lines (796-854); 16 superscript markers in the text.
    const notes = blocksOf(doc, "footnote");
    expect(notes.map(({ block }) => block.label)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(notes[0]?.text).toBe("also known as Siegfried Line");
    const refs = doc.marks.filter((m) => m.kind === "footnote-ref");
    expect(refs).toHaveLength(16);
    const first = refs[0];
    expect(first && doc.text.slice(first.start - 9, first.end)).toBe("West Wall¹");
    expect(first?.label).toBe("1");
  });

  it("finds quotations, including one spread over several paragraphs", () => {
    expect(blockStartingWith(doc, "“Trotsky, on the other hand, represents only").kind).toBe("quote");
    // Lines 1754-1774: Dimitrov's diary, opened on the first paragraph and closed,
    // before its source, on the last.
    const from = blockStartingWith(doc, "“16 December 1936 – With “the Five” in the Kremlin.");
    const to = blockStartingWith(doc, "Reply: Yes, I admit it.”");
    const run = doc.blocks.filter((b) => b.start >= from.start && b.end <= to.end);
    expect(run.length).toBe(11);
    expect(run.every((b) => b.kind === "quote")).toBe(true);
  });

  it("joins a hard-wrapped quotation and keeps a table's line breaks", () => {
    // Lines 70-71: "...information on communists and" / "alleged Comintern ...".
    expect(doc.text).toContain("information on communists and alleged Comintern (Communist or Third International)");
    // Lines 873-876: a four-row table with no blank lines.
    expect(textOf(doc, blockStartingWith(doc, "Year 1937 1938 1939"))).toBe(
      "Year 1937 1938 1939\nTotal number of military leader 144300 179000 282300\nNumber of leaders removed 11043 6742 205\nLeaders removed (%) 7.7% 3.7% 0.08%",
    );
  });

  it("lists the three bullets of the Trotskyism critique", () => {
    const items = blocksOf(doc, "list-item").filter(({ text }) => text.startsWith("the idea that"));
    expect(items).toHaveLength(3);
  });

  it("drops only the stray image file name", () => {
    expect(doc.report.removed).toEqual([{ fromLine: 2265, toLine: 2265, reason: "image file name", excerpt: "trotfash.jpg" }]);
    expect(doc.text).not.toContain("trotfash.jpg");
  });

  it("ends with the last paragraph of the last article", () => {
    const last = doc.blocks[doc.blocks.length - 1];
    expect(last && textOf(doc, last)).toBe(
      "Trotsky’s actions are not merely ultra-left. They are more then that. They are opportunism pure and simple. Opportunism to the right & to the “left”, which ever suited his purpose.",
    );
  });

  it("parses the 280 KB capture in well under 200 ms", () => {
    const { text } = readCapture(FILES.f001);
    parseCapture(text, "txt");
    expect(fastestOf(3, () => parseCapture(text, "txt")).ms).toBeLessThan(200);
  });
});
