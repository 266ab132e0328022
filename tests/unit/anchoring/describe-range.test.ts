import { describe, expect, it } from "vitest";
import { AnchoringError, CONTEXT_LENGTH, checkRange, describeRange } from "@/lib/anchoring";
import { corpusText } from "./corpus";

const text = corpusText("001");

describe("describeRange", () => {
  it("stores the quote with 32 characters of context on each side", () => {
    const start = text.indexOf("Grover Furr");
    const anchor = describeRange(text, start, start + "Grover Furr".length);
    expect(anchor).toEqual({
      start,
      end: start + 11,
      exact: "Grover Furr",
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(start + 11, start + 11 + CONTEXT_LENGTH),
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.prefix.endsWith("communist historian ")).toBe(true);
  });

  it("accepts offset 0 and gives an empty prefix at the start of the text", () => {
    const anchor = describeRange(text, 0, 8);
    expect(anchor.start).toBe(0);
    expect(anchor.exact).toBe("Analyzin");
    expect(anchor.prefix).toBe("");
  });

  it("gives an empty suffix at the end of the text", () => {
    const anchor = describeRange(text, text.length - 8, text.length);
    expect(anchor.exact).toBe("purpose.");
    expect(anchor.suffix).toBe("");
    expect(anchor.end).toBe(text.length);
  });

  it.each([
    [-1, 5],
    [5, 5],
    [10, 4],
    [0, 0],
    [text.length - 1, text.length + 1],
    [1.5, 4],
    [Number.NaN, 4],
  ])("rejects the range %s-%s with a typed error", (start, end) => {
    const error = checkRange(text, start, end);
    expect(error).toBeInstanceOf(AnchoringError);
    expect(error?.code).toBe("invalid-range");
    expect(() => describeRange(text, start, end)).toThrow(AnchoringError);
  });

  it("refuses to cut an astral character in half", () => {
    const withEmoji = "before 📜 after";
    const inside = withEmoji.indexOf("📜") + 1;
    expect(checkRange(withEmoji, 0, inside)?.code).toBe("splits-character");
    expect(checkRange(withEmoji, inside, withEmoji.length)?.code).toBe("splits-character");
    expect(checkRange(withEmoji, 0, inside + 1)).toBeNull();
  });
});
