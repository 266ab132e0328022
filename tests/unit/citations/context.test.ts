import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";
import { citationContext } from "@/lib/citations/context";
import { corpusText } from "./corpus";

const text = corpusText("000");
const contextOf = (raw: string) => {
  const c = parseArchivalCitations(text).find((found) => found.raw === raw);
  if (c === undefined) throw new Error(`000 has no citation ${raw}`);
  return citationContext(text, c.start, c.end);
};

describe("citationContext", () => {
  it("quotes the citation with the words before it on its line", () => {
    expect(contextOf("AP RF. F. 3, Op. 24, D. 456, L. 107")).toBe(
      '"The thesis of my speech at the trial, my last word, I coordinated with the investigators ... Lately everything was at my service up to and including olives" [AP RF. F. 3, Op. 24, D. 456, L. 107.]',
    );
  });

  it("takes the paragraph above a note that stands on a line of its own, cut at a word", () => {
    const quote = contextOf("Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262");
    expect(quote.startsWith("… to make from this production a farce")).toBe(true);
    expect(quote.endsWith("You can't irritate Rakovsky and others, because they can start saying something else.\n[Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262]")).toBe(true);
  });

  it("cuts a long line on both sides at word boundaries", () => {
    const line = `${"word ".repeat(60)}GARF, f. 5, op. 1, d. 2${" more".repeat(40)}`;
    const [c] = parseArchivalCitations(line);
    const quote = citationContext(line, c!.start, c!.end);
    expect(quote).toMatch(/^… word word .*GARF, f\. 5, op\. 1, d\. 2 more .* more …$/);
    expect(quote.length).toBeLessThanOrEqual(160 + c!.raw.length + 100 + 4);
    expect(quote.length).toBeLessThan(line.length);
  });
});
