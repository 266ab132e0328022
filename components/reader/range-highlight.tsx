"use client";

import { useEffect, useState } from "react";
import { domRanges, paintRanges } from "./dom-ranges";
import { Notice } from "@/components/ui/notice";

// Highlights the `?range=` of the URL and scrolls it into view. It reads the text
// from the server-rendered DOM (#tx), so no text or block list is sent to the client.

interface Props {
  start?: number;
  end?: number;
  /** Set by the server when the parameter does not parse or lies outside the text. */
  error?: string;
}

export function RangeHighlight({ start, end, error }: Props) {
  const [problem, setProblem] = useState<string | undefined>(error);

  useEffect(() => setProblem(error), [error]);

  useEffect(() => {
    if (start === undefined || end === undefined) return;
    const root = document.getElementById("tx");
    if (root === null) return;
    const [range] = domRanges(root, [{ start, end }]);
    if (range === undefined || range === null) {
      setProblem(`The range ${start}-${end} covers no visible text of this source.`);
      return;
    }
    const undo = paintRanges("range", [range]);
    const target = range.startContainer.parentElement;
    // Let a #b-<n> fragment in the same URL win; otherwise bring the passage into view.
    if (target !== null && window.location.hash === "") target.scrollIntoView({ block: "center" });
    return undo;
  }, [start, end]);

  if (problem === undefined) return null;
  return <Notice onDismiss={() => setProblem(undefined)}>{problem}</Notice>;
}
