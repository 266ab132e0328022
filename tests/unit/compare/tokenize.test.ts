import { describe, expect, it } from "vitest";
import { normaliseWord, tokenize } from "@/lib/compare";

describe("tokenize", () => {
  it("keeps each word's offsets in the original text", () => {
    const text = "“It is futile,” said the\nObserver — the Government’s case…";
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["It", "is", "futile", "said", "the", "Observer", "the", "Government’s", "case"]);
    expect(tokens.map((t) => t.norm)).toEqual(["it", "is", "futile", "said", "the", "observer", "the", "government's", "case"]);
  });

  it("compares words without case, accents or the apostrophe's typography", () => {
    expect(normaliseWord("Göbbels")).toBe("gobbels");
    expect(normaliseWord("DON’T")).toBe(normaliseWord("don't"));
    expect(normaliseWord("Lénin")).toBe("lenin");
  });

  it("splits words at hyphens and dashes alike", () => {
    const norms = (text: string) => tokenize(text).tokens.map((t) => t.norm);
    expect(norms("anti-Soviet 1941—they")).toEqual(norms("anti–Soviet 1941 – they"));
  });

  it("notes each ellipsis before the word that follows it", () => {
    const text = "the purges [...] are now. They went … to work... All";
    const { tokens, ellipsisBefore } = tokenize(text);
    const at = (word: string) => tokens.findIndex((t) => text.slice(t.start, t.end) === word);
    expect([...ellipsisBefore].map(([index, span]) => [index, text.slice(span.start, span.end)])).toEqual([
      [at("are"), "[...]"], [at("to"), "…"], [at("All"), "..."],
    ]);
  });

  it("marks where sentences and clauses end", () => {
    const { tokens } = tokenize("He wrote: it is genuine. The end");
    expect(tokens.filter((t) => t.breakAfter).map((t) => t.norm)).toEqual(["wrote", "genuine", "end"]);
  });
});
