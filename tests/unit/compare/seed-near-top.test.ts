import { describe, expect, it } from "vitest";
import { seedNearTop } from "@/lib/compare/seed-near-top";

describe("seedNearTop", () => {
  it("keeps the triples that start before the reach, whole", () => {
    const triples = [0, 10, 1, 50, 9000, 2, 99, 120, 0, 100, 130, 3];
    expect(seedNearTop(triples, 100)).toEqual([0, 10, 1, 50, 9000, 2, 99, 120, 0]);
    expect(seedNearTop(triples, 0)).toEqual([]);
    expect(seedNearTop(triples, 1_000)).toEqual(triples);
    expect(seedNearTop([], 100)).toEqual([]);
  });
});
