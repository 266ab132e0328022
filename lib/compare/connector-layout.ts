// Where the compare view's gutter draws links, from where their ends are on screen.
// Pure, so the "no hairball" rule is unit-tested: a link with both ends in view is
// drawn whole; one with one end in view is drawn from that end to an edge marker
// (above or below) on the other side, and the markers count them; a link with
// neither end in view is not drawn.

export type PaneSide = "left" | "right";
export type Edge = "top" | "bottom";

/** An end's vertical extent in the gutter's coordinates (0 = the gutter's top). */
export interface EndBox {
  top: number;
  bottom: number;
}

export interface LinkEnds<K extends string = string> {
  id: string;
  kind: K;
  left: EndBox | null;
  right: EndBox | null;
  selected: boolean;
}

export interface WholeConnector<K extends string = string> {
  id: string;
  kind: K;
  leftY: number;
  rightY: number;
  selected: boolean;
}

export interface StubConnector<K extends string = string> {
  id: string;
  kind: K;
  /** The side whose end is in view, and that end's y. */
  from: PaneSide;
  y: number;
  /** Where the other end is. */
  toward: Edge;
  selected: boolean;
}

export interface EdgeMarker {
  /** The side whose ends are out of view. */
  side: PaneSide;
  edge: Edge;
  count: number;
  /** The links counted, first the nearest to the edge. */
  ids: string[];
}

export interface ConnectorLayout<K extends string = string> {
  whole: WholeConnector<K>[];
  stubs: StubConnector<K>[];
  markers: EdgeMarker[];
}

type Place = { at: "on"; y: number } | { at: Edge; distance: number };

/** An end counts as in view when any of it is; it is drawn at its middle, kept inside the gutter. */
function placeOf(box: EndBox, height: number): Place {
  if (box.bottom < 0) return { at: "top", distance: -box.bottom };
  if (box.top > height) return { at: "bottom", distance: box.top - height };
  const y = (Math.max(box.top, 0) + Math.min(box.bottom, height)) / 2;
  return { at: "on", y };
}

export function layoutConnectors<K extends string>(links: readonly LinkEnds<K>[], height: number): ConnectorLayout<K> {
  const whole: WholeConnector<K>[] = [];
  const stubs: StubConnector<K>[] = [];
  const counted = new Map<string, { side: PaneSide; edge: Edge; items: { id: string; distance: number }[] }>();
  for (const link of links) {
    if (link.left === null || link.right === null) continue;
    const left = placeOf(link.left, height);
    const right = placeOf(link.right, height);
    if (left.at === "on" && right.at === "on") {
      whole.push({ id: link.id, kind: link.kind, leftY: left.y, rightY: right.y, selected: link.selected });
      continue;
    }
    const [shown, hidden, side] = left.at === "on" ? [left, right, "right" as const] : right.at === "on" ? [right, left, "left" as const] : [null, null, null];
    if (shown === null || hidden === null || side === null || shown.at !== "on" || hidden.at === "on") continue;
    stubs.push({ id: link.id, kind: link.kind, from: side === "right" ? "left" : "right", y: shown.y, toward: hidden.at, selected: link.selected });
    const key = `${side}:${hidden.at}`;
    const group = counted.get(key) ?? { side, edge: hidden.at, items: [] };
    group.items.push({ id: link.id, distance: hidden.distance });
    counted.set(key, group);
  }
  const markers = [...counted.values()].map(({ side, edge, items }) => ({
    side,
    edge,
    count: items.length,
    ids: items.sort((a, b) => a.distance - b.distance).map((i) => i.id),
  }));
  return { whole, stubs, markers };
}
