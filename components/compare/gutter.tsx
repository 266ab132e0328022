"use client";

import type { LinkKind } from "@/lib/annotations/dto";
import type { PaneSide } from "@/lib/compare/connector-layout";
import type { CompareLinkDto } from "@/lib/compare/schemas";
import { LINK_DIRECTION_WORDS } from "@/lib/reader/annotation-link";
import { useSyncExternalStore } from "react";
import type { FrameStore } from "./use-gutter-frame";

// Kinds are told apart by dash pattern and end marker (compare.css), never by colour alone.
const END_MARKER: Record<LinkKind, string> = {
  rebuts: "arrow",
  refutes: "bar",
  supports: "dot",
  confirms: "dot",
  contextualizes: "diamond",
  cites: "square",
  quotes: "square",
};

interface Props {
  store: FrameStore;
  links: readonly CompareLinkDto[];
  quote: (side: PaneSide, id: string) => string;
  onLink: (link: CompareLinkDto) => void;
  onMarker: (side: PaneSide, ids: string[]) => void;
  onBand: (index: number) => void;
  activeBand: number | null;
}

function Defs() {
  return (
    <defs>
      <marker id="cmp-m-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
        <path d="M0 0 L10 5 L0 10 z" />
      </marker>
      <marker id="cmp-m-bar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
        <path d="M0 0 L10 5 L0 10 z M8 0 h2 v10 h-2 z" />
      </marker>
      <marker id="cmp-m-dot" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7">
        <circle cx="5" cy="5" r="4" />
      </marker>
      <marker id="cmp-m-diamond" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8">
        <path d="M5 0 L10 5 L5 10 L0 5 z" />
      </marker>
      <marker id="cmp-m-square" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6">
        <rect width="10" height="10" />
      </marker>
    </defs>
  );
}

/** The overlay over both panes: connectors between linked highlights, shared-passage bands, edge markers. */
export function Gutter({ store, links, quote, onLink, onMarker, onBand, activeBand }: Props) {
  const frame = useSyncExternalStore(store.subscribe, store.get, () => null);
  if (frame === null) return <svg className="cmp-overlay" aria-hidden="true" />;
  const { gutterLeft: gl, gutterRight: gr, height } = frame;
  const mid = (gl + gr) / 2;
  const byId = new Map(links.map((l) => [l.id, l]));
  const words = (l: CompareLinkDto) => LINK_DIRECTION_WORDS[l.kind][l.fromId === l.leftId ? 0 : 1];
  return (
    <svg className="cmp-overlay" width={frame.width} height={height} role="group" aria-label="Links and shared passages between the texts">
      <Defs />
      {frame.bands.map((b) => (
        <polygon
          key={`band-${b.index}`}
          className={`cmp-band${activeBand === b.index ? " active" : ""}`}
          points={`${gl},${b.left.top} ${gr},${b.right.top} ${gr},${b.right.bottom} ${gl},${b.left.bottom}`}
          role="button"
          tabIndex={0}
          data-shared={b.index}
          aria-label={`Shared passage ${b.index + 1}: show it and its differences`}
          onClick={() => onBand(b.index)}
          onKeyDown={(e) => (e.key === "Enter" || e.key === " " ? (e.preventDefault(), onBand(b.index)) : undefined)}
        />
      ))}
      {frame.layout.whole.map((c) => {
        const link = byId.get(c.id);
        const x = frame.xs.get(c.id);
        if (link === undefined || x === undefined) return null;
        const marker = `url(#cmp-m-${END_MARKER[c.kind]})`;
        const toRight = link.fromId === link.leftId;
        const label = `${words(link)}: “${quote("left", link.leftId)}” and “${quote("right", link.rightId)}”`;
        return (
          <g
            key={c.id}
            className={`cmp-link k-${c.kind}${c.selected ? " sel" : ""}`}
            data-link={c.id}
            tabIndex={0}
            role="button"
            aria-label={label}
            onClick={() => onLink(link)}
            onKeyDown={(e) => (e.key === "Enter" ? onLink(link) : undefined)}
          >
            <title>{label}</title>
            <path
              d={`M${x.left} ${c.leftY} H${gl} C${mid} ${c.leftY} ${mid} ${c.rightY} ${gr} ${c.rightY} H${x.right}`}
              markerEnd={toRight ? marker : undefined}
              markerStart={toRight ? undefined : marker}
            />
            <text x={mid} y={(c.leftY + c.rightY) / 2 - 6} textAnchor="middle" className="cmp-label">
              {words(link)}
            </text>
          </g>
        );
      })}
      {frame.layout.stubs.map((s) => {
        const edgeY = s.toward === "top" ? 14 : height - 14;
        const [fromX, toX] = s.from === "left" ? [gl, gr] : [gr, gl];
        return <path key={`stub-${s.id}`} className={`cmp-stub k-${s.kind}${s.selected ? " sel" : ""}`} d={`M${fromX} ${s.y} C${mid} ${s.y} ${mid} ${edgeY} ${toX} ${edgeY}`} aria-hidden="true" />;
      })}
      {frame.layout.markers.map((m) => {
        const x = m.side === "left" ? gl + 12 : gr - 12;
        const y = m.edge === "top" ? 14 : height - 14;
        const arrow = m.edge === "top" ? `M${x - 6} ${y + 4} L${x} ${y - 5} L${x + 6} ${y + 4} z` : `M${x - 6} ${y - 4} L${x} ${y + 5} L${x + 6} ${y - 4} z`;
        const where = `${m.edge === "top" ? "above" : "below"} in the ${m.side} text`;
        return (
          <g
            key={`${m.side}-${m.edge}`}
            className="cmp-edge"
            data-edge={`${m.side}-${m.edge}`}
            role="button"
            tabIndex={0}
            aria-label={`${m.count} linked ${m.count === 1 ? "passage" : "passages"} ${where}: go to the nearest`}
            onClick={() => onMarker(m.side, m.ids)}
            onKeyDown={(e) => (e.key === "Enter" ? onMarker(m.side, m.ids) : undefined)}
          >
            <title>{`${m.count} ${where}`}</title>
            <path d={arrow} />
            <text x={m.side === "left" ? x + 10 : x - 10} y={y + 4} textAnchor={m.side === "left" ? "start" : "end"}>
              {m.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
