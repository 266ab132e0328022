"use client";

import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";

/** Annotations the current text no longer holds: listed, never hidden. */
export function OrphansNotice({ orphans, onSelect }: { orphans: AnnotationSummaryDto[]; onSelect: (id: string) => void }) {
  if (orphans.length === 0) return null;
  const n = orphans.length;
  return (
    <details className="an-orphans" role="status">
      <summary>
        {n} {n === 1 ? "annotation" : "annotations"} could not be placed
      </summary>
      <p className="an-muted">The text changed and {n === 1 ? "its quote was" : "their quotes were"} not found in it:</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id}>
            <button type="button" className="an-linkish" onClick={() => onSelect(a.id)}>
              “{snippet(a.exact, 120)}”
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
