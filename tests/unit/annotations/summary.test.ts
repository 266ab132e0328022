import { describe, expect, it } from "vitest";
import { NOTE_MAX, QUOTE_MAX, snippet } from "@/lib/annotations/summary";
import { corpusText } from "../anchoring/corpus";

const TEXT = corpusText("001");

/** snippet as it was before it flattened only a long text's head: the whole text, every time. */
function wholeSnippet(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

describe("snippet", () => {
  it("cuts a long text exactly as flattening all of it did", () => {
    const paragraphs = TEXT.split("\n\n");
    const samples = [
      TEXT,
      `  \n ${TEXT.slice(0, 5000)}`,
      ...paragraphs.slice(0, 200),
      // A head of spaces longer than the part flattened first, then the words.
      `${" \n\t".repeat(400)}${paragraphs[3]}`,
      // A run of spaces across the head's end.
      `${"word ".repeat(127)}wor${" ".repeat(300)}d and more ${"words ".repeat(50)}`,
      `${"x".repeat(639)}\n\n\n${"y".repeat(500)}`,
    ];
    for (const max of [NOTE_MAX, QUOTE_MAX, 10]) {
      for (const sample of samples) expect(snippet(sample, max)).toBe(wholeSnippet(sample, max));
    }
  });
});
