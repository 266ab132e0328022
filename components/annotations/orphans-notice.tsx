"use client";

import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";

/** Annotations the current text no longer holds: listed, never hidden. */
interface Props {
  orphans: AnnotationSummaryDto[];
  onSelect: (id: string) => void;
  /** Present when the reader may place annotations: "Place again" on each. */
  onPlace?: (a: AnnotationSummaryDto) => void;
  /** The orphan being placed now. */
  placingId?: string | null;
}

export function OrphansNotice({ orphans, onSelect, onPlace, placingId = null }: Props) {
  if (orphans.length === 0) return null;
  const n = orphans.length;
  return (
    <details className="an-orphans" role="status" open={placingId !== null ? true : undefined}>
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
            {onPlace === undefined ? null : a.id === placingId ? (
              <span className="an-muted"> Select its passage in the text, then Place here.</span>
            ) : (
              <>
                {" "}
                <button type="button" className="an-place-again" onClick={() => onPlace(a)} aria-label={`Place again: ${snippet(a.exact, 60)}`}>
                  Place again
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
