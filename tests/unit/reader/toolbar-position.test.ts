import { describe, expect, it } from "vitest";
import { toolbarAnchor } from "@/lib/reader/toolbar-position";

const column = { left: 300, top: 0, right: 900, bottom: 5000 };

describe("toolbarAnchor", () => {
  it("puts the toolbar below the selection's last line, not over the line above", () => {
    const at = toolbarAnchor({ left: 400, top: 100, right: 600, bottom: 120 }, column, 200, { x: 0, y: 1000 });
    expect(at).toEqual({ x: 600, y: 1128 });
  });

  it("keeps it inside the text column when the selection starts at the column's edge", () => {
    expect(toolbarAnchor({ left: 300, top: 100, right: 320, bottom: 120 }, column, 200, { x: 0, y: 0 }).x).toBe(400);
    expect(toolbarAnchor({ left: 880, top: 100, right: 900, bottom: 120 }, column, 200, { x: 0, y: 0 }).x).toBe(800);
  });

  it("centres it on a column narrower than the toolbar (a phone)", () => {
    expect(toolbarAnchor({ left: 10, top: 0, right: 50, bottom: 20 }, { left: 0, top: 0, right: 150, bottom: 900 }, 200, { x: 0, y: 0 }).x).toBe(75);
  });
});
