import { describe, expect, it } from "vitest";
import { parseLastEventId } from "@/lib/live/event-stream";

describe("Last-Event-ID", () => {
  it("is a change log number, or nothing to resume from", () => {
    expect(parseLastEventId("42")).toBe(42);
    expect(parseLastEventId(" 7 ")).toBe(7);
    expect(parseLastEventId("0")).toBe(0);
    // An id from before the change log (a UUID), garbage, or none: start live, no replay.
    for (const raw of ["3f0c1f5e-8d8e-4d3a-9a55-4d3e2a1b0c9d", "-1", "1e3", "", null, undefined, "9".repeat(20)]) {
      expect(parseLastEventId(raw)).toBeUndefined();
    }
  });
});
