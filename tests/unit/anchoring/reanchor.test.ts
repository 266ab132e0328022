import { describe, expect, it } from "vitest";
import { describeRange, reanchorAll, type TextAnchor } from "@/lib/anchoring";
import { INSERTED, corpusText, insertAt, removeRange } from "./corpus";

const text = corpusText("001");

/** 2,000 word-aligned passages of 8-120 characters spread evenly over the text. */
function spreadAnchors(count: number): { id: string; anchor: TextAnchor }[] {
  const anchors: { id: string; anchor: TextAnchor }[] = [];
  const step = Math.floor((text.length - 1_000) / count);
  for (let i = 0; i < count; i++) {
    let start = 500 + i * step;
    while (/\s/.test(text[start] ?? "")) start++;
    const length = 8 + ((i * 37) % 113);
    let end = Math.min(text.length, start + length);
    while (end > start + 1 && /\s/.test(text[end - 1] ?? "")) end--;
    anchors.push({ id: `a${i}`, anchor: describeRange(text, start, end) });
  }
  return anchors;
}

describe("reanchorAll", () => {
  it("re-anchors 2,000 annotations on the 280 KB text after an insertion near the start in under 2 s", () => {
    expect(text.length).toBeGreaterThan(270_000);
    const anchors = spreadAnchors(2_000);
    const edited = insertAt(text, 120, INSERTED);

    const began = performance.now();
    const results = reanchorAll(anchors, edited);
    const elapsed = performance.now() - began;
    console.log(`reanchorAll: 2,000 anchors on ${text.length} characters in ${elapsed.toFixed(1)} ms`);

    expect(elapsed).toBeLessThan(2_000);
    expect(results).toHaveLength(2_000);
    results.forEach((result, i) => {
      const { anchor } = anchors[i]!;
      expect(result.id).toBe(`a${i}`);
      expect(result.outcome).toMatchObject({
        status: "quote",
        start: anchor.start + INSERTED.length,
        end: anchor.end + INSERTED.length,
      });
      expect(result.anchor).toEqual(describeRange(edited, anchor.start + INSERTED.length, anchor.end + INSERTED.length));
    });
  });

  it("keeps input order, refreshes selectors, and leaves an orphan's selectors alone", () => {
    const passage = "Almost everything in the trial materials is verified by independent evidence";
    const first = text.indexOf(passage);
    const reworded = describeRange(text, first, first + passage.length);
    const doomedStart = text.indexOf("Of course, there are some details which are questionable.");
    const doomed = describeRange(text, doomedStart, doomedStart + 57);
    const last = describeRange(text, text.length - 30, text.length);
    let edited = removeRange(text, doomedStart, text.indexOf("\n\n", doomedStart));
    edited = edited.replace(passage, passage.replace("verified", "confirmed"));
    edited = insertAt(edited, 50, INSERTED);

    const results = reanchorAll(
      [
        { id: "last", anchor: last },
        { id: "doomed", anchor: doomed },
        { id: "reworded", anchor: reworded },
      ],
      edited,
    );

    expect(results.map((r) => r.id)).toEqual(["last", "doomed", "reworded"]);
    expect(results[0]?.outcome).toMatchObject({ status: "quote", end: edited.length });
    expect(results[0]?.anchor?.suffix).toBe("");
    expect(results[1]?.outcome.status).toBe("orphaned");
    expect(results[1]?.anchor).toBeUndefined();
    const newStart = first + INSERTED.length;
    expect(results[2]?.outcome).toMatchObject({ status: "fuzzy", start: newStart });
    // The refreshed selectors quote the new wording, so the next edit starts from it.
    expect(results[2]?.anchor).toEqual(describeRange(edited, newStart, newStart + passage.length + 1));
    expect(results[2]?.anchor?.exact).toContain("is confirmed by");
  });

  it("keeps unaffected annotations exact when the edit comes after them", () => {
    const anchors = spreadAnchors(200);
    const edited = text + "\n\nAppendix added in a later version.";
    const results = reanchorAll(anchors, edited);
    expect(results.every((r) => r.outcome.status === "exact")).toBe(true);
  });
});
