// The compare view's links, kept current from the live stream: an annotation's event
// carries its links as this reader may see them (lib/annotations/live-event-for-viewer.ts),
// so the links with one end on it are replaced by those, which brings a link another
// reader made and drops one they removed, without a reload. Pure.
import type { LinkDto } from "@/lib/annotations/dto";
import type { PaneSide } from "./connector-layout";
import type { CompareLinkDto } from "./schemas";

const endOn = (side: PaneSide, link: CompareLinkDto) => (side === "left" ? link.leftId : link.rightId);

/** A link of the annotation `id` (on `side`) to the other pane's source, as the compare view holds it. */
export function compareLinkOf(side: PaneSide, id: string, link: LinkDto): CompareLinkDto {
  const [fromId, toId] = link.direction === "from" ? [id, link.otherId] : [link.otherId, id];
  const [leftId, rightId] = side === "left" ? [id, link.otherId] : [link.otherId, id];
  return { id: link.id, kind: link.kind, fromId, toId, leftId, rightId, note: link.note };
}

/**
 * The view's links after an event about the annotation `end` on `side`: its links to
 * `otherSourceId` replace the ones the view had with an end on it; others stay as they
 * were, in their order, and new ones go last. The same list when nothing changed.
 */
export function withEndLinks(
  links: readonly CompareLinkDto[],
  side: PaneSide,
  end: { id: string; links: readonly LinkDto[] },
  otherSourceId: string,
): readonly CompareLinkDto[] {
  const fresh = end.links.filter((l) => l.otherSourceId === otherSourceId).map((l) => compareLinkOf(side, end.id, l));
  const byId = new Map(fresh.map((l) => [l.id, l]));
  const kept = links.filter((l) => endOn(side, l) !== end.id || byId.has(l.id)).map((l) => (endOn(side, l) === end.id ? byId.get(l.id)! : l));
  const known = new Set(links.map((l) => l.id));
  const added = fresh.filter((l) => !known.has(l.id));
  const same = added.length === 0 && kept.length === links.length && kept.every((l, i) => sameLink(l, links[i]!));
  return same ? links : [...kept, ...added];
}

/** The view's links once the annotation `id` on `side` is gone (deleted, or hidden from this reader). */
export function withoutEnd(links: readonly CompareLinkDto[], side: PaneSide, id: string): readonly CompareLinkDto[] {
  return links.some((l) => endOn(side, l) === id) ? links.filter((l) => endOn(side, l) !== id) : links;
}

function sameLink(a: CompareLinkDto, b: CompareLinkDto): boolean {
  return a.id === b.id && a.kind === b.kind && a.fromId === b.fromId && a.toId === b.toId && a.leftId === b.leftId && a.rightId === b.rightId && a.note === b.note;
}
