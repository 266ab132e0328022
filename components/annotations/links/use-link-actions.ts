"use client";

import { useCallback } from "react";
import type { AnnotationDto, LinkDto } from "@/lib/annotations/dto";
import { api } from "../api";
import type { Toast } from "../undo-toast";

interface Options {
  put: (annotation: AnnotationDto) => void;
  setToast: (toast: Toast | null) => void;
}

/**
 * Drawing and removing links, wired to the store: both ends show a link, so both are
 * fetched again (the other end only if this source lists it; one in another source
 * is fetched fresh when opened there). Removing offers Undo, as deleting a note does.
 */
export function useLinkActions({ put, setToast }: Options) {
  const refreshEnds = useCallback(
    (from: AnnotationDto, link: LinkDto) => {
      const ends = link.otherSourceId === from.sourceId ? [from.id, link.otherId] : [from.id];
      for (const end of ends) {
        void api.get(end).then((r) => {
          if (r.ok) put(r.data);
          else setToast({ message: r.message });
        });
      }
    },
    [put, setToast],
  );

  const onUnlink = useCallback(
    async (from: AnnotationDto, link: LinkDto) => {
      const removed = await api.unlink(from.id, link.id);
      if (!removed.ok) return setToast({ message: removed.message });
      refreshEnds(from, link);
      setToast({
        message: "Link removed.",
        // The remove button is gone with the link: keyboard focus goes to Undo.
        focusUndo: true,
        undo: async () => {
          const back = await api.relink(from.id, link.id);
          if (!back.ok) return setToast({ message: back.message });
          refreshEnds(from, link);
          setToast({ message: "Link restored." });
        },
      });
    },
    [refreshEnds, setToast],
  );

  return { onLinked: refreshEnds, onUnlink };
}
