import { describe, expect, it } from "vitest";
import { findPassage } from "@/lib/reader/find-passage";
import { corpusText, nthIndexOf } from "../anchoring/corpus";

describe("findPassage", () => {
  const text = "The trial began.\n\nThe  TRIAL ended.\n\nA (bracket) and a.b";

  it("finds the first match ignoring case, then the next, then wraps", () => {
    const first = findPassage(text, "the trial");
    expect(first).toEqual({ start: 0, end: 9 });
    // Any run of white space in the text matches one typed space.
    const second = findPassage(text, "the trial", first!.start + 1);
    expect(text.slice(second!.start, second!.end)).toBe("The  TRIAL");
    expect(findPassage(text, "the trial", second!.start + 1)).toEqual(first);
  });

  it("treats the query as text, not a pattern, and gives null for blank or missing queries", () => {
    expect(findPassage(text, "(bracket)")).not.toBeNull();
    expect(findPassage(text, "a.b")).toEqual({ start: text.length - 3, end: text.length });
    expect(findPassage(text, "a?b")).toBeNull();
    expect(findPassage(text, "   ")).toBeNull();
    expect(findPassage(text, "verdict")).toBeNull();
  });

  it("steps through a phrase repeated in the real corpus", () => {
    const corpus = corpusText("000");
    const phrase = "Tukhachevsky";
    const a = findPassage(corpus, phrase.toLowerCase())!;
    const b = findPassage(corpus, phrase, a.start + 1)!;
    expect(a.start).toBe(nthIndexOf(corpus, phrase, 0));
    expect(b.start).toBe(nthIndexOf(corpus, phrase, 1));
  });
});
