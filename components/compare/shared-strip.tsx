"use client";

import { useState } from "react";
import type { PaneSide } from "@/lib/compare/connector-layout";
import type { Difference, SharedPassage } from "@/lib/compare/types";
import { linkErrorMessage } from "@/lib/reader/annotation-link";
import { snippet } from "@/lib/reader/annotation-view";
import { linkPassages } from "./compare-api";
import { type Linked, newPassage } from "./use-link-in-place";
import type { CompareSideData } from "./types";

const DIFFERENCE_WORDS: Record<Difference["kind"], string> = {
  "left-only": "Only the left has",
  "right-only": "Only the right has",
  changed: "Worded differently",
  cut: "Cut, marked with an ellipsis",
};

/** Which side quotes the other: the later one, by date published; the left when unknown. */
function quotingSide(sides: Record<PaneSide, CompareSideData>): PaneSide {
  const [l, r] = [sides.left.summary.published, sides.right.summary.published];
  return l !== null && r !== null && r > l ? "right" : "left";
}

interface Props {
  index: number;
  passage: SharedPassage;
  sides: Record<PaneSide, CompareSideData>;
  canLink: boolean;
  onKept: Linked;
}

/** The shared passage in focus: how alike the two are, what differs, and one click to keep it as a `quotes` link. */
export function SharedStrip({ index, passage, sides, canLink, onKept }: Props) {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const keep = async () => {
    setState({ busy: true, message: null });
    const from = quotingSide(sides);
    const to: PaneSide = from === "left" ? "right" : "left";
    const end = (side: PaneSide) => newPassage(sides[side], passage[side], "primary_document");
    const result = await linkPassages({ from: end(from), to: end(to), kind: "quotes", note: null });
    if (!result.ok) return setState({ busy: false, message: linkErrorMessage(result.status, result.message) });
    const { from: a, to: b, link } = result.data;
    const [leftId, rightId] = from === "left" ? [a.id, b.id] : [b.id, a.id];
    onKept({ id: link.id, kind: "quotes", fromId: a.id, toId: b.id, leftId, rightId, note: null }, [a, b]);
    setState({ busy: false, message: "Kept as a quotes link." });
  };
  return (
    <section className="cmp-strip" aria-label={`Shared passage ${index + 1}`}>
      <p>
        <strong>Shared passage {index + 1}</strong> · {Math.round(passage.similarity * 100)}% alike · “{snippet(passage.left.text, 90)}”
      </p>
      {passage.differences.length === 0 ? (
        <p className="cmp-muted">Word for word the same.</p>
      ) : (
        <ul className="cmp-diffs">
          {passage.differences.map((d, i) => (
            <li key={i}>
              {DIFFERENCE_WORDS[d.kind]}: {d.left === null ? null : <q className="l">{snippet(d.left.text, 80)}</q>}
              {d.left !== null && d.right !== null ? " / " : null}
              {d.right === null ? null : <q className="r">{snippet(d.right.text, 80)}</q>}
            </li>
          ))}
        </ul>
      )}
      {canLink ? (
        <button type="button" onClick={() => void keep()} disabled={state.busy}>
          {state.busy ? "Keeping…" : "Keep as a quotes link"}
        </button>
      ) : (
        <span className="cmp-muted">Sign in to keep it as a link.</span>
      )}
      {state.message === null ? null : <span role="status"> {state.message}</span>}
    </section>
  );
}
