// The compare view's links from live events: a link another reader made appears, one
// they removed goes, links to a third source are not drawn, and nothing else moves.
import { describe, expect, it } from "vitest";
import type { LinkDto } from "@/lib/annotations/dto";
import { compareLinkOf, withEndLinks, withoutEnd } from "@/lib/compare/live-links";
import type { CompareLinkDto } from "@/lib/compare/schemas";

const RIGHT_SOURCE = "src-right";
const dto = (id: string, direction: "from" | "to", otherId: string, otherSourceId = RIGHT_SOURCE): LinkDto => ({
  id,
  kind: "rebuts",
  direction,
  otherId,
  otherSourceId,
  otherSourceSlug: "right",
  otherSourceTitle: "Right",
  otherExact: "quote",
  note: null,
  canRemove: true,
});
const link = (id: string, leftId: string, rightId: string, fromLeft = true): CompareLinkDto => ({
  id,
  kind: "rebuts",
  fromId: fromLeft ? leftId : rightId,
  toId: fromLeft ? rightId : leftId,
  leftId,
  rightId,
  note: null,
});

describe("compareLinkOf", () => {
  it("puts each end on its side whichever way the link points", () => {
    expect(compareLinkOf("left", "L1", dto("k", "from", "R1"))).toEqual(link("k", "L1", "R1", true));
    expect(compareLinkOf("left", "L1", dto("k", "to", "R1"))).toEqual(link("k", "L1", "R1", false));
    expect(compareLinkOf("right", "R1", dto("k", "from", "L1"))).toEqual(link("k", "L1", "R1", false));
    expect(compareLinkOf("right", "R1", dto("k", "to", "L1"))).toEqual(link("k", "L1", "R1", true));
  });
});

describe("withEndLinks", () => {
  const before = [link("a", "L1", "R1"), link("b", "L2", "R2"), link("c", "L1", "R3")];

  it("adds a link another reader made, last", () => {
    const after = withEndLinks(before, "right", { id: "R9", links: [dto("n", "to", "L2")] }, "src-left");
    expect(after).toEqual(before); // its other end is in the left source, not the one named
    const added = withEndLinks(before, "right", { id: "R9", links: [dto("n", "from", "L2", "src-left")] }, "src-left");
    expect(added).toEqual([...before, link("n", "L2", "R9", false)]);
  });

  it("drops a link removed from the annotation, and keeps the others in their order", () => {
    const after = withEndLinks(before, "left", { id: "L1", links: [dto("c", "from", "R3")] }, RIGHT_SOURCE);
    expect(after).toEqual([link("b", "L2", "R2"), link("c", "L1", "R3")]);
  });

  it("ignores links to a third source, and returns the same list when nothing changed", () => {
    const same = withEndLinks(before, "left", { id: "L1", links: [dto("a", "from", "R1"), dto("c", "from", "R3"), dto("x", "from", "Q", "src-third")] }, RIGHT_SOURCE);
    expect(same).toBe(before);
  });

  it("takes a changed note or kind from the event", () => {
    const after = withEndLinks(before, "left", { id: "L2", links: [{ ...dto("b", "from", "R2"), kind: "refutes", note: "Archive" }] }, RIGHT_SOURCE);
    expect(after[1]).toEqual({ ...link("b", "L2", "R2"), kind: "refutes", note: "Archive" });
  });
});

describe("withoutEnd", () => {
  it("drops every link with an end on an annotation gone from the pane", () => {
    const links = [link("a", "L1", "R1"), link("b", "L2", "R1"), link("c", "L2", "R2")];
    expect(withoutEnd(links, "right", "R1")).toEqual([link("c", "L2", "R2")]);
    expect(withoutEnd(links, "left", "L9")).toBe(links);
  });
});
