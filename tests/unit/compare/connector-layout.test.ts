import { describe, expect, it } from "vitest";
import { layoutConnectors, type LinkEnds } from "@/lib/compare/connector-layout";

const box = (top: number, bottom = top + 20) => ({ top, bottom });
const link = (id: string, left: LinkEnds["left"], right: LinkEnds["right"], selected = false): LinkEnds => ({ id, kind: "rebuts", left, right, selected });

describe("layoutConnectors", () => {
  it("draws a link whole when both ends are in view, at their middles", () => {
    expect(layoutConnectors([link("a", box(100), box(300), true)], 600)).toEqual({
      whole: [{ id: "a", kind: "rebuts", leftY: 110, rightY: 310, selected: true }],
      stubs: [],
      markers: [],
    });
  });

  it("ends a link whose other end is out of view in a counted edge marker, nearest first", () => {
    const layout = layoutConnectors([link("far", box(100), box(2000)), link("near", box(200), box(700)), link("up", box(50), box(-500))], 600);
    expect(layout.whole).toEqual([]);
    expect(layout.stubs.map((s) => [s.id, s.from, s.toward])).toEqual([["far", "left", "bottom"], ["near", "left", "bottom"], ["up", "left", "top"]]);
    expect(layout.markers).toEqual([
      { side: "right", edge: "bottom", count: 2, ids: ["near", "far"] },
      { side: "right", edge: "top", count: 1, ids: ["up"] },
    ]);
  });

  it("draws nothing for a link with neither end in view, nor for an end not painted", () => {
    expect(layoutConnectors([link("gone", box(-300), box(900)), link("unplaced", null, box(100))], 600)).toEqual({ whole: [], stubs: [], markers: [] });
  });

  it("counts an end that reaches into view as in view, drawn inside the gutter", () => {
    const [whole] = layoutConnectors([link("tall", box(-100, 40), box(590, 700))], 600).whole;
    expect(whole).toMatchObject({ leftY: 20, rightY: 595 });
  });
});
