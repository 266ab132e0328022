import { describe, expect, it } from "vitest";
import { LAYERS } from "@/lib/annotations/dto";
import { compareExportScopes } from "@/components/compare/export-scopes";

const left = { id: "s1", title: "Left" };
const right = { id: "s2", title: "Right" };
const all = { layers: new Set(LAYERS), author: "", tag: "", visibility: "" as const };

describe("compareExportScopes", () => {
  it("offers both texts first, the filtered view only when a filter is set, then either text", () => {
    const scopes = compareExportScopes(left, right, all);
    expect(scopes.map((s) => [s.id, s.query, s.disabled])).toEqual([
      ["both", { sources: "s1,s2" }, undefined],
      ["filtered", { sources: "s1,s2" }, "no filter is set"],
      ["left", { source: "s1" }, undefined],
      ["right", { source: "s2" }, undefined],
    ]);
    const filtered = compareExportScopes(left, right, { ...all, layers: new Set(["rebuttal"] as const), tag: "Radek" })[1]!;
    expect(filtered).toMatchObject({ query: { sources: "s1,s2", layer: "rebuttal", tag: "Radek" } });
    expect(filtered.disabled).toBeUndefined();
  });
});
