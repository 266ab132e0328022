"use client";

import { useCallback, useState } from "react";
import type { AnnotationDto, AnnotationSummaryDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { api } from "./api";
import { textModel } from "./text-model";
import type { Toast } from "./undo-toast";

interface Options {
  versionId: string;
  put: (a: AnnotationDto) => void;
  setToast: (toast: Toast | null) => void;
  /** Opens the placed annotation. */
  select: (id: string, scrollText: boolean) => void;
  dropSelection: () => void;
}

/**
 * "Place again" for an annotation the new text lost: the reader picks it in the
 * orphans notice, selects its passage in the text, and "Place here" moves it there
 * (POST /api/annotations/<id>/place); other readers get the change live.
 */
export function usePlaceAgain({ versionId, put, setToast, select, dropSelection }: Options) {
  const [placing, setPlacing] = useState<AnnotationSummaryDto | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback(
    (a: AnnotationSummaryDto) => {
      setPlacing(a);
      setToast({ message: `Select the passage where “${snippet(a.exact, 60)}” belongs, then choose Place here.` });
    },
    [setToast],
  );
  const cancel = useCallback(() => setPlacing(null), []);

  const placeHere = useCallback(
    async (range: OffsetRange) => {
      const model = textModel();
      if (placing === null || model === null || busy) return;
      setBusy(true);
      const result = await api.place(placing.id, {
        version: placing.version,
        versionId,
        start: range.start,
        end: range.end,
        exact: model.text.slice(range.start, range.end),
      });
      setBusy(false);
      if (!result.ok) return setToast({ message: result.message });
      put(result.data);
      setPlacing(null);
      dropSelection();
      setToast({ message: "Placed again: the annotation is on the passage you selected." });
      select(result.data.id, false);
    },
    [placing, busy, versionId, put, setToast, dropSelection, select],
  );
  return { placing, start, cancel, placeHere, busy };
}

/** Floats where the layer buttons would, while an orphan is being placed. */
export function PlaceHereButtons({ onPlace, onCancel, busy }: { onPlace: () => void; onCancel: () => void; busy: boolean }) {
  return (
    <>
      <button type="button" className="an-place" onClick={onPlace} disabled={busy}>
        {busy ? "Placing…" : "Place here"}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
