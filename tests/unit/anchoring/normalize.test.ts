import { describe, expect, it } from "vitest";
import { normalizeWithMap, rawRange } from "@/lib/anchoring/normalize";
import { normalizeForMatching } from "@/lib/anchoring";

describe("normalisation for matching", () => {
  it("folds curly quote marks and collapses whitespace runs", () => {
    expect(normalizeForMatching("“fraud”,\n  ‘frame-up’ or\u00a0hoax’s")).toBe(`"fraud", 'frame-up' or hoax's`);
  });

  it("keeps every character's raw offset so a match maps back to the real text", () => {
    const raw = "one  two\n\n“three”";
    const norm = normalizeWithMap(raw);
    expect(norm.text).toBe('one two "three"');
    const at = norm.text.indexOf('"three"');
    expect(rawRange(norm, at, at + 7)).toEqual({ start: raw.indexOf("“"), end: raw.length });
    const two = norm.text.indexOf("two");
    expect(rawRange(norm, two, two + 3)).toEqual({ start: 5, end: 8 });
    // A whitespace run maps to its one space, in both directions.
    expect(norm.fromRaw[9]).toBe(norm.fromRaw[8]);
    expect(norm.toRaw[norm.text.length]).toBe(raw.length);
  });

  it("maps offset 0 to 0", () => {
    const norm = normalizeWithMap("“Quote” at the start");
    expect(rawRange(norm, 0, 7)).toEqual({ start: 0, end: 7 });
  });
});
