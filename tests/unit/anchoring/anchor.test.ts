import { describe, expect, it } from "vitest";
import { anchorAnnotation, describeRange, type AnchorOutcome, type TextAnchor } from "@/lib/anchoring";
import { INSERTED, corpusText, insertAt, nthIndexOf, removeRange } from "./corpus";

const text001 = corpusText("001");
const text003 = corpusText("003");

function anchorOn(text: string, phrase: string, occurrence = 0): TextAnchor {
  const start = nthIndexOf(text, phrase, occurrence);
  return describeRange(text, start, start + phrase.length);
}

function placed(outcome: AnchorOutcome): { status: string; start: number; end: number } {
  if (outcome.status === "orphaned") throw new Error(`expected a placement, got orphaned: ${outcome.reason}`);
  return { status: outcome.status, start: outcome.start, end: outcome.end };
}

const PASSAGE = "Almost everything in the trial materials is verified by independent evidence";

describe("anchorAnnotation on edited copies of the corpus", () => {
  it("finds an unchanged text exactly where it was", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const outcome = anchorAnnotation(anchor, text001);
    expect(outcome).toEqual({ status: "exact", start: anchor.start, end: anchor.end, score: 1 });
  });

  it("follows the quote after an insertion before the passage", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const edited = insertAt(text001, 200, INSERTED);
    const outcome = placed(anchorAnnotation(anchor, edited));
    expect(outcome).toEqual({
      status: "quote",
      start: anchor.start + INSERTED.length,
      end: anchor.end + INSERTED.length,
    });
  });

  it("follows the quote after a deletion before the passage", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const cut = text001.indexOf("Apparently communist historian");
    const cutEnd = text001.indexOf("Introduction");
    const edited = removeRange(text001, cut, cutEnd);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: anchor.start - (cutEnd - cut),
      end: anchor.end - (cutEnd - cut),
    });
  });

  it("finds the passage in its paragraph after the paragraph moved far away", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const paraStart = text001.lastIndexOf("\n\n", anchor.start) + 2;
    const paraEnd = text001.indexOf("\n\n", anchor.end) + 2;
    const paragraph = text001.slice(paraStart, paraEnd);
    const rest = removeRange(text001, paraStart, paraEnd);
    const target = rest.indexOf("\n\n", 120_000) + 2;
    const edited = insertAt(rest, target, paragraph);
    const expectedStart = target + (anchor.start - paraStart);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: expectedStart,
      end: expectedStart + PASSAGE.length,
    });
  });

  it("ignores re-wrapped whitespace inside the quote and maps back to real offsets", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const rewrapped = PASSAGE.replace("trial materials", "trial\n   materials").replace("by independent", "by  independent");
    const edited = text001.slice(0, anchor.start) + rewrapped + text001.slice(anchor.end);
    const outcome = placed(anchorAnnotation(anchor, edited));
    expect(outcome).toEqual({ status: "quote", start: anchor.start, end: anchor.start + rewrapped.length });
    expect(edited.slice(outcome.start, outcome.end)).toBe(rewrapped);
  });

  it("treats curly and straight quote marks as the same (curly text straightened)", () => {
    const quote = "dismiss the Moscow Trials as a “fraud”, “frame-up” or “hoax”";
    const anchor = anchorOn(text001, quote);
    const straightened = text001.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    // Same length replacements: the offsets stay, only the characters differ.
    expect(placed(anchorAnnotation(anchor, straightened))).toEqual({
      status: "quote",
      start: anchor.start,
      end: anchor.end,
    });
  });

  it("treats straight and curly quote marks as the same (straight text made curly, then shifted)", () => {
    const quote = 'called the "Union Bureau of Mensheviks."';
    const anchor = anchorOn(text003, quote);
    const curly = text003.replace('"Union Bureau of Mensheviks."', "“Union Bureau of Mensheviks.”");
    const edited = insertAt(curly, 0, INSERTED);
    const outcome = placed(anchorAnnotation(anchor, edited));
    expect(outcome).toEqual({
      status: "quote",
      start: anchor.start + INSERTED.length,
      end: anchor.end + INSERTED.length,
    });
    expect(edited.slice(outcome.start, outcome.end)).toBe("called the “Union Bureau of Mensheviks.”");
  });

  it("places a quote with one word changed as a fuzzy match over the new wording", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const reworded = PASSAGE.replace("verified", "confirmed");
    const edited = insertAt(text001.slice(0, anchor.start) + reworded + text001.slice(anchor.end), 100, INSERTED);
    const outcome = anchorAnnotation(anchor, edited);
    expect(placed(outcome)).toEqual({
      status: "fuzzy",
      start: anchor.start + INSERTED.length,
      end: anchor.start + INSERTED.length + reworded.length,
    });
    expect(outcome.status === "fuzzy" && outcome.score).toBeGreaterThan(0.86);
    expect(outcome.status === "fuzzy" && outcome.score).toBeLessThan(1);
  });

  it("orphans a passage deleted entirely instead of highlighting something else", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const sentenceEnd = text001.indexOf(".", anchor.end) + 1;
    const edited = removeRange(text001, anchor.start, sentenceEnd);
    const outcome = anchorAnnotation(anchor, edited);
    expect(outcome.status).toBe("orphaned");
  });

  it("orphans a deleted short phrase that still occurs elsewhere with other context", () => {
    // "the Moscow Trials" occurs nine times in 001; delete the sentence holding the sixth.
    const anchor = anchorOn(text001, "the Moscow Trials", 5);
    const sentenceStart = text001.lastIndexOf(".", anchor.start) + 1;
    const sentenceEnd = text001.indexOf(".", anchor.end) + 1;
    const edited = removeRange(text001, sentenceStart, sentenceEnd);
    expect(edited.includes("the Moscow Trials")).toBe(true);
    const outcome = anchorAnnotation(anchor, edited);
    expect(outcome.status).toBe("orphaned");
  });

  it("orphans a short quote whose one word changed rather than guessing", () => {
    const anchor = anchorOn(text001, "the Moscow Trials", 1);
    const edited = text001.slice(0, anchor.start) + "the Moscow Purges" + text001.slice(anchor.end);
    expect(anchorAnnotation(anchor, edited).status).toBe("orphaned");
  });
});

describe("repeated phrases", () => {
  // "the Moscow Trials" occurs at two places 651 characters apart in 001
  // (occurrences 2 and 3); an insertion between them longer than that gap
  // makes the wrong one the nearest to the old offset.
  it("prefers the occurrence whose context agrees over the nearest one", () => {
    const anchor = anchorOn(text001, "the Moscow Trials", 3);
    const previous = nthIndexOf(text001, "the Moscow Trials", 2);
    const insertion = INSERTED.repeat(9);
    expect(insertion.length).toBeGreaterThan(anchor.start - previous);
    const edited = insertAt(text001, text001.lastIndexOf(".", anchor.start) + 1, insertion);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: anchor.start + insertion.length,
      end: anchor.end + insertion.length,
    });
  });

  it("takes the copy nearest the old position when two copies have identical context", () => {
    const anchor = anchorOn(text001, PASSAGE);
    const paraStart = text001.lastIndexOf("\n\n", anchor.start) + 2;
    const paraEnd = text001.indexOf("\n\n", anchor.end) + 2;
    const paragraph = text001.slice(paraStart, paraEnd);
    // The paragraph is duplicated and the first copy pushed forward, so that
    // neither copy is at the old offset and both have the same 32+32 context.
    const edited = insertAt(insertAt(text001, paraEnd, paragraph), paraStart, INSERTED);
    const firstCopy = anchor.start + INSERTED.length;
    const secondCopy = firstCopy + paragraph.length;
    expect(edited.slice(secondCopy, secondCopy + PASSAGE.length)).toBe(PASSAGE);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: firstCopy,
      end: firstCopy + PASSAGE.length,
    });
    // From an old position past both copies, the second one is nearer and wins.
    const later = { ...anchor, start: secondCopy + 200, end: secondCopy + 200 + PASSAGE.length };
    expect(placed(anchorAnnotation(later, edited)).start).toBe(secondCopy);
  });
});

describe("edges", () => {
  it("anchors a short quote after a shift", () => {
    const anchor = anchorOn(text001, "Furr");
    expect(anchor.exact).toHaveLength(4);
    const edited = insertAt(text001, 0, INSERTED);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: anchor.start + INSERTED.length,
      end: anchor.end + INSERTED.length,
    });
  });

  it("anchors a quote at offset 0 (exact, and after an insertion at the start)", () => {
    const anchor = describeRange(text001, 0, "Analyzing the Moscow Trials".length);
    expect(anchor.prefix).toBe("");
    expect(anchorAnnotation(anchor, text001)).toEqual({ status: "exact", start: 0, end: 27, score: 1 });
    const edited = insertAt(text001, 0, INSERTED);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: INSERTED.length,
      end: INSERTED.length + 27,
    });
  });

  it("anchors a quote ending at the very end of the text", () => {
    const quote = "which ever suited his purpose.";
    const anchor = describeRange(text001, text001.length - quote.length, text001.length);
    expect(anchor.exact).toBe(quote);
    expect(anchor.suffix).toBe("");
    expect(anchorAnnotation(anchor, text001).status).toBe("exact");
    const cut = text001.indexOf("Introduction");
    const edited = removeRange(text001, cut, cut + 12);
    expect(placed(anchorAnnotation(anchor, edited))).toEqual({
      status: "quote",
      start: edited.length - quote.length,
      end: edited.length,
    });
  });

  it("re-finds an anchor whose stored offsets lie beyond the new text", () => {
    const anchor = anchorOn(text001, "which ever suited his purpose");
    const shortened = text001.slice(200_000);
    const start = shortened.indexOf("which ever suited his purpose");
    expect(placed(anchorAnnotation(anchor, shortened))).toEqual({
      status: "quote",
      start,
      end: start + anchor.exact.length,
    });
  });

  it("orphans an anchor with an empty quote", () => {
    const outcome = anchorAnnotation({ start: 0, end: 0, exact: "", prefix: "", suffix: "" }, text001);
    expect(outcome.status).toBe("orphaned");
  });
});
