import { describe, expect, it } from "vitest";
import { findSharedPassages } from "@/lib/compare";
import { readStoredPassages } from "@/lib/compare/store/stored-passages";

describe("readStoredPassages", () => {
  it("reads back what the finder wrote, through JSON", () => {
    const text = "It is futile to think the trial was staged and the charges trumped up by anyone at all, said the paper.";
    const found = findSharedPassages(`Quoted: ${text}`, `Also: ${text.replace("said", "wrote")}`);
    expect(found.length).toBe(1);
    expect(readStoredPassages(JSON.parse(JSON.stringify(found)))).toEqual(found);
  });
  it("answers null for a shape this code does not write, so it is recomputed", () => {
    expect(readStoredPassages([{ left: { start: 0, end: 1 } }])).toBeNull();
    expect(readStoredPassages({})).toBeNull();
    expect(readStoredPassages([{ left: { start: 0, end: 1, text: "a" }, right: { start: 0, end: 1, text: "a" }, similarity: 1, differences: [{ kind: "moved", left: null, right: null }] }])).toBeNull();
  });
});
